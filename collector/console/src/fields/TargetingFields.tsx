// When, to whom and how often a question or survey is asked: stages, trigger, sampling,
// cooldown, priority, audience and schedule (the fields both share in the schema).
import { getAt, type Segment } from '../doc-path.ts';
import { useEdit } from './edit-context.ts';
import { ListField, NumberField, SelectField, TextField } from './Field.tsx';

const TRIGGERS = [
  ['stage', 'On reaching a stage'],
  ['event', 'On an event'],
  ['delay', 'After a delay'],
  ['scroll', 'On scrolling'],
  ['exit', 'On exit intent'],
  ['click', 'On a click'],
  ['idle', 'When idle'],
  ['manual', 'Only by ask()'],
] as const;

export function TargetingFields(p: { path: readonly Segment[]; stages: readonly string[] }) {
  const edit = useEdit();
  const trigger = getAt(edit.doc, [...p.path, 'trigger']) as { on?: string } | undefined;
  const on = trigger?.on ?? 'stage';
  const t = [...p.path, 'trigger'];
  return (
    <>
      <fieldset class="field-group">
        <legend>When</legend>
        <ListField
          label="Stages"
          path={[...p.path, 'stages']}
          hint={`Comma-separated, of: ${p.stages.join(', ')}. Empty: the quality's usual stages.`}
        />
        <SelectField
          label="Trigger"
          path={[...t, 'on']}
          options={TRIGGERS.map(([v, l]) => [v, l] as [string, string])}
          empty="On reaching a stage (default)"
          write={(v) => edit.set(t, v ? { on: v } : undefined)}
        />
        {on === 'event' && <TextField label="Event name" path={[...t, 'event']} />}
        {(on === 'delay' || on === 'idle') && (
          <NumberField label="Seconds" path={[...t, 'seconds']} min={1} />
        )}
        {on === 'scroll' && (
          <NumberField label="Percent scrolled" path={[...t, 'percent']} min={1} max={100} />
        )}
        {on === 'click' && <TextField label="CSS selector" path={[...t, 'selector']} />}
      </fieldset>
      <fieldset class="field-group">
        <legend>How often</legend>
        <NumberField
          label="Sample (0–1)"
          path={[...p.path, 'sample']}
          min={0}
          max={1}
          step={0.05}
          hint="Share of eligible visitors asked; default 1"
        />
        <NumberField
          label="Cooldown (days)"
          path={[...p.path, 'cooldownDays']}
          min={0}
          hint="Before the same visitor is asked again; default 90"
        />
        <NumberField label="Priority" path={[...p.path, 'priority']} hint="Higher goes first" />
      </fieldset>
      <fieldset class="field-group">
        <legend>Who and when</legend>
        <ListField
          label="Devices"
          path={[...p.path, 'audience', 'devices']}
          hint="mobile, tablet, desktop"
        />
        <SelectField
          label="Visitors"
          path={[...p.path, 'audience', 'visitor']}
          options={['new', 'returning']}
          empty="Everyone"
        />
        <ListField
          label="Locales"
          path={[...p.path, 'audience', 'locales']}
          hint="e.g. fr, pt-BR"
        />
        <TextField label="From (date)" type="date" path={[...p.path, 'schedule', 'from']} />
        <TextField label="Until (date)" type="date" path={[...p.path, 'schedule', 'until']} />
      </fieldset>
    </>
  );
}
