/** What `POST /v1/sites/:site/configs` takes, once its fields are known good. */
export interface PublishBody {
  config: unknown;
  message: string;
  author: string;
}

const MAX_MESSAGE = 500;
const MAX_AUTHOR = 100;

/**
 * Checks the body's own fields (not the config: the SDK's schema does that); the error names
 * the field.
 *
 * @example
 * parsePublishBody({ config: {}, message: 'first', author: 'ana' }); // → { ok: true, body }
 */
export function parsePublishBody(
  input: unknown,
): { ok: true; body: PublishBody } | { ok: false; error: string } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: 'the body must be a JSON object { config, message, author }' };
  }
  const { config, message, author, ...rest } = input as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) {
    return { ok: false, error: `unknown field ${unknown[0]}: send { config, message, author }` };
  }
  if (config === undefined) return { ok: false, error: 'config is required' };
  const text = (value: unknown, name: string, max: number) =>
    typeof value === 'string' && value.trim() !== '' && value.length <= max
      ? undefined
      : `${name} must be a non-empty string of at most ${max} characters`;
  const error = text(message, 'message', MAX_MESSAGE) ?? text(author, 'author', MAX_AUTHOR);
  if (error) return { ok: false, error };
  return { ok: true, body: { config, message: message as string, author: author as string } };
}

/** The rollback's optional body: who asks for it. */
export function parseRollbackAuthor(input: unknown): string | undefined {
  const author = (input as { author?: unknown } | null)?.author;
  return typeof author === 'string' && author.trim() !== ''
    ? author.slice(0, MAX_AUTHOR)
    : undefined;
}
