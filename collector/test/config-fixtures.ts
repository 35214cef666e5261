// Configs for the publishing tests: a valid document (no endpoint: the tag gives it) and a
// broken one whose problems have known paths.

/** A config the SDK's schema accepts, as a site owner would publish it. */
export function validConfig(text = 'How likely are you to recommend us?') {
  return {
    site: 'shop',
    questions: [{ id: 'recommend', quality: 'advocate', type: 'nps', text, stages: ['use'] }],
  };
}

/** Two problems: an unknown question type and an unknown top-level key. */
export const INVALID_CONFIG = {
  questions: [{ id: 'recommend', quality: 'advocate', type: 'slider', text: 'How much?' }],
  colour: 'red',
};

/** A publish request's body. */
export function publishBody(config: unknown, message = 'first questions') {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ config, message, author: 'ana' }),
  } satisfies RequestInit;
}
