// Waypoint in Vue 3: the checkout survey as an inline card, in the component's own element.
import { defineComponent, h, onBeforeUnmount, onMounted, type PropType, ref } from 'vue';
import { createWaypoint, type Waypoint, type WaypointConfig } from 'waypoint-feedback';

/**
 * Shows the `order-feedback` card inside this component.
 *
 * @example
 * <CheckoutSurvey :config="config" /> <!-- config: with the survey, see README.md -->
 */
export const CheckoutSurvey = defineComponent({
  name: 'CheckoutSurvey',
  props: { config: { type: Object as PropType<WaypointConfig>, required: true } },
  setup(props) {
    const card = ref<HTMLDivElement>();
    let wp: Waypoint | undefined;

    // Mounted hooks run in the browser only (never during server rendering).
    onMounted(() => {
      wp = createWaypoint(props.config);
      if (card.value) wp.render(card.value, 'order-feedback');
    });
    // Removes the card, listeners and timers; answers still queued are kept.
    onBeforeUnmount(() => wp?.destroy());

    return () => h('div', { ref: card });
  },
});
