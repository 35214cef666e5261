// Builds this page's config from its URL (?type, &theme, &lang, &position, &accent, &brand), then
// loads the widget by script tag and asks one question. A file, not an inline script, because
// every fixture page runs under a strict CSP.
(() => {
  const params = new URLSearchParams(location.search);
  const QUESTION = {
    nps: 'advocate-nps',
    rating: 'transparent-intent',
    effort: 'preventive-effort',
    emoji: 'multifaceted-feeling',
    yesno: 'operational-obstacles',
    choice: 'duration-need',
    multiple: 'dynamic-what',
    text: 'perspective-reason',
  };
  const type = params.get('type') || 'nps';
  document.documentElement.lang = params.get('lang') || 'en';
  if (document.documentElement.lang.startsWith('ar')) document.documentElement.dir = 'rtl';

  const config = {
    site: 'fixture',
    endpoint: '/v1/events',
    appearance: {
      theme: params.get('theme') || 'light',
      position: params.get('position') || 'bottom-right',
      ...(params.get('accent') ? { accent: params.get('accent') } : {}),
    },
    privacy: { policyUrl: '/privacy' },
  };
  // The default bank has every type but a multiple choice: that one page brings its own.
  if (type === 'multiple') {
    config.questions = [
      {
        id: 'dynamic-what',
        quality: 'dynamic',
        type: 'choice',
        multiple: true,
        text: { en: 'What has changed for you?', ar: 'ما الذي تغيّر بالنسبة إليك؟' },
        options: [
          { id: 'budget', text: { en: 'My budget', ar: 'ميزانيتي' } },
          { id: 'team', text: { en: 'My team', ar: 'فريقي' } },
          { id: 'goals', text: { en: 'My goals', ar: 'أهدافي' } },
        ],
        trigger: { on: 'manual' },
      },
    ];
  }
  if (params.get('brand')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/brand.css';
    document.head.append(link);
  }
  const json = document.createElement('script');
  json.type = 'application/json';
  json.id = 'waypoint-config';
  json.textContent = JSON.stringify(config);
  document.head.append(json);

  const tag = document.createElement('script');
  tag.src = '/waypoint.js';
  document.head.append(tag);
  window.waypoint('ask', QUESTION[type]);
})();
