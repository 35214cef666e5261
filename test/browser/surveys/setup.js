// Builds this page's config (the design's checkout survey, a trait-audience question, an inline
// question; ?launcher=1 adds the tab), then loads the widget by script tag. A file, not an inline
// script, because the page runs under a strict CSP.
(() => {
  const params = new URLSearchParams(location.search);
  document.documentElement.lang = params.get('lang') || 'en';
  if (document.documentElement.lang.startsWith('ar')) document.documentElement.dir = 'rtl';
  const config = {
    site: 'surveys',
    endpoint: '/v1/events',
    questions: [
      {
        id: 'preventive-effort',
        quality: 'preventive',
        type: 'effort',
        text: { en: 'How easy was it to place your order?', ar: 'ما مدى سهولة تقديم طلبك؟' },
        trigger: { on: 'manual' },
      },
      {
        id: 'operational-obstacles',
        quality: 'operational',
        type: 'yesno',
        text: { en: 'Did anything get in your way?', ar: 'هل أعاقك شيء؟' },
        trigger: { on: 'manual' },
      },
      {
        id: 'advocate-nps',
        quality: 'advocate',
        type: 'nps',
        text: { en: 'How likely are you to recommend us?', ar: 'ما مدى احتمال أن توصي بنا؟' },
        trigger: { on: 'manual' },
      },
      {
        id: 'choice-next',
        quality: 'choice',
        type: 'choice',
        text: { en: 'What would you like next?', ar: 'ماذا تريد بعد ذلك؟' },
        shuffle: true,
        options: [
          { id: 'green', text: { en: 'Green tea', ar: 'شاي أخضر' } },
          { id: 'black', text: { en: 'Black tea', ar: 'شاي أسود' } },
          { id: 'herbal', text: { en: 'Herbal tea', ar: 'شاي الأعشاب' } },
          { id: 'none', text: { en: 'None of these', ar: 'لا شيء مما سبق' }, fixed: true },
        ],
        trigger: { on: 'manual' },
      },
      {
        id: 'transparent-pro',
        quality: 'transparent',
        type: 'rating',
        text: 'How clear is your Pro plan’s pricing?',
        stages: ['decide'],
        trigger: { on: 'event', event: 'plan_viewed' },
        audience: { traits: { plan: 'pro' } },
      },
    ],
    surveys: [
      {
        id: 'checkout-survey',
        steps: [
          {
            question: 'preventive-effort',
            next: [{ when: { max: 3 }, goto: 'operational-obstacles' }, { goto: 'advocate-nps' }],
          },
          { question: 'operational-obstacles' },
          { question: 'advocate-nps' },
        ],
        stages: ['decide'],
        trigger: { on: 'event', event: 'order_placed' },
      },
    ],
    limits: {
      promptsPerSession: 5,
      daysBetweenPrompts: 0,
      perStage: { days: 0 },
      perQuality: { days: 0 },
    },
    appearance: {
      theme: params.get('theme') || 'light',
      ...(params.get('launcher')
        ? { launcher: { survey: 'checkout-survey', position: params.get('position') || 'right' } }
        : {}),
    },
    privacy: { policyUrl: '/privacy' },
  };
  const json = document.createElement('script');
  json.type = 'application/json';
  json.id = 'waypoint-config';
  json.textContent = JSON.stringify(config);
  document.head.append(json);

  const tag = document.createElement('script');
  tag.src = '/waypoint.js';
  tag.dataset.stage = params.get('stage') || 'decide';
  document.head.append(tag);
})();
