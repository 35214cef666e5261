/**
 * What the runtime needs of a config to run without the schema: the few shapes whose absence
 * would draw a broken prompt. The rest is the validator's, run where a config is written.
 */
import { QUALITIES } from '../model/qualities';
import { BANK_META } from '../model/question-bank/meta';
import { QUESTION_TYPES } from '../model/question-types';
import type { ConfigIssue } from './error';
import { checkUrl } from './rules';

// biome-ignore lint/suspicious/noExplicitAny: untrusted JSON, read field by field
type Loose = any;

const TRIGGERS = ['stage', 'event', 'delay', 'scroll', 'exit', 'click', 'idle', 'manual'];
const BANK_IDS = new Set(BANK_META.map((q) => q.id));

const isText = (t: Loose) =>
  typeof t === 'string'
    ? t.length > 0
    : !!t &&
      typeof t === 'object' &&
      Object.keys(t).length > 0 &&
      Object.keys(t).every((k) => typeof t[k] === 'string');

const list = (v: Loose): Loose[] => (Array.isArray(v) ? v : []);

/**
 * The problems that stop a config from running, each by path (empty when it can run).
 *
 * @example
 * usableIssues({ endpoint: '/e', questions: [{ id: 'q', type: 'stars' }] }, location.href);
 * // [{ path: 'questions[0].type', message: '"stars" is not a question type' }, …]
 */
export function usableIssues(c: Loose, base?: string): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const url = (path: string, value: Loose, localHttp: boolean) => {
    const r = checkUrl(String(value), base, localHttp);
    if ('error' in r) add(path, r.error);
  };
  if (c.endpoint === undefined)
    add('endpoint', "is required (in the config, or the script tag's data-endpoint)");
  else url('endpoint', c.endpoint, true);
  if (c.privacy?.policyUrl !== undefined) url('privacy.policyUrl', c.privacy.policyUrl, false);
  const questions = c.questions === undefined ? BANK_META : list(c.questions);
  const ids = new Set<string>();
  const trigger = (at: string, t: Loose) => {
    if (t !== undefined && !TRIGGERS.includes(t?.on)) add(`${at}.trigger.on`, 'is not a trigger');
  };
  questions.forEach((q: Loose, i) => {
    const at = `questions[${i}]`;
    if (typeof q?.id !== 'string') {
      add(`${at}.id`, 'is required');
      return;
    }
    ids.add(q.id);
    // The bank's own questions get their texts from the language chunk.
    const needs = (path: string, t: Loose) => {
      if (!BANK_IDS.has(q.id) && !isText(t)) add(`${at}.${path}`, 'needs a text');
    };
    if (!QUESTION_TYPES.includes(q.type)) add(`${at}.type`, `"${q.type}" is not a question type`);
    if (!QUALITIES.includes(q.quality)) add(`${at}.quality`, `"${q.quality}" is not a quality`);
    needs('text', q.text);
    if (q.type === 'choice') {
      const options = list(q.options);
      if (options.length < 2) add(`${at}.options`, 'a choice needs at least 2 options');
      options.forEach((o, j) => {
        needs(`options[${j}].text`, o?.text);
      });
    }
    if (q.followUp !== undefined) needs('followUp.text', q.followUp?.text);
    trigger(at, q.trigger);
  });
  list(c.surveys).forEach((v, i) => {
    ids.add(v?.id);
    trigger(`surveys[${i}]`, v?.trigger);
  });
  const launcher = c.appearance?.launcher;
  if (launcher !== undefined) {
    const at = 'appearance.launcher';
    if (!ids.has(launcher?.survey)) add(`${at}.survey`, 'is not a question or survey id');
    if (launcher?.label !== undefined && !isText(launcher.label))
      add(`${at}.label`, 'needs a text');
  }
  return issues;
}
