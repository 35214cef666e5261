// One describe per question component: what it renders, what it answers, its follow-up, and
// how it reads in another language and right to left.
import { readFileSync } from 'node:fs';
import { fireEvent } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { prompt, promptRoot } from '../helpers/page';
import { QUESTIONS, show } from './fixtures';

const radios = () =>
  prompt()
    .getAllByRole('radio')
    .map((r) => r.getAttribute('value'));
const submitted = (props: ReturnType<typeof show>['props']) => {
  fireEvent.submit(promptRoot().querySelector('form') as HTMLFormElement);
  return (props.onSubmit as unknown as { mock: { calls: unknown[][] } }).mock.calls.at(-1);
};
const description = (el: HTMLElement) =>
  promptRoot().getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent;

describe('Nps', () => {
  it('offers 0 to 10, named by number, as one grid of tiles', () => {
    show();
    expect(radios()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(promptRoot().querySelector('.wp-scale--nps .wp-options--scale')).toBeTruthy();
  });

  it('goes to one row exactly where eleven 24 px targets and their gaps fit (SC 2.5.8)', () => {
    const css = readFileSync('src/ui/styles/options.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const gap = Number(/\.wp-options--emoji \{[^}]*gap: (\d+)px/.exec(css)?.[1]);
    const rule = /@container \(min-width: (\d+)px\) \{([\s\S]*?)\n\}/.exec(css);
    expect(Number(rule?.[1])).toBe(11 * 24 + 10 * gap);
    expect(rule?.[2]).toMatch(/\.wp-scale--nps \{\s*--wp-cols: 11;/);
    expect(rule?.[2]).toMatch(/\.wp-scale--nps \.wp-option \{\s*min-width: 24px;/);
    // The two-row fallback keeps DESIGN's 44 px for every target.
    expect(css).toMatch(/\.wp-option \{[^}]*min-width: 44px;[^}]*min-height: 44px;/);
  });

  it('shows its end labels with their numbers and reads them as the ends’ descriptions', () => {
    show();
    expect(description(prompt().getByRole('radio', { name: '0' }))).toBe('0 – Not at all likely');
    expect(description(prompt().getByRole('radio', { name: '10' }))).toBe('10 – Extremely likely');
    expect(prompt().getByRole('radio', { name: '5' }).hasAttribute('aria-describedby')).toBe(false);
  });

  it('answers a number and asks the follow-up for 0–6 only', () => {
    const { props } = show();
    fireEvent.click(prompt().getByRole('radio', { name: '7' }));
    expect(prompt().queryByRole('textbox')).toBeNull();
    fireEvent.click(prompt().getByRole('radio', { name: '6' }));
    expect(prompt().getByRole('textbox', { name: QUESTIONS.nps.followUp.text })).toBeTruthy();
    expect(submitted(props)).toEqual([6, undefined]);
  });

  it('keeps the numbers as names in Arabic, right to left', () => {
    show({ locale: 'ar' });
    const card = promptRoot().querySelector('.wp-card');
    expect(card?.getAttribute('dir')).toBe('rtl');
    expect(card?.getAttribute('lang')).toBe('ar');
    expect(radios()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(prompt().getByRole('button', { name: 'إرسال' })).toBeTruthy();
  });
});

describe('Options', () => {
  it('gives each card its own radio group name, so two cards never share a group', () => {
    show();
    show();
    const names = [...document.querySelectorAll('waypoint-prompt')].map(
      (host) => host.shadowRoot?.querySelector('input')?.name,
    );
    expect(names).toHaveLength(2);
    expect(names[0]).toBeTruthy();
    expect(names[0]).not.toBe(names[1]);
  });
});

describe('Rating', () => {
  it('offers 1 to 5 with its end labels and no follow-up', () => {
    const { props } = show({ question: QUESTIONS.rating });
    expect(radios()).toEqual(['1', '2', '3', '4', '5']);
    expect(description(prompt().getByRole('radio', { name: '5' }))).toBe('5 – Completely');
    fireEvent.click(prompt().getByRole('radio', { name: '1' }));
    expect(prompt().queryByRole('textbox')).toBeNull();
    expect(submitted(props)).toEqual([1, undefined]);
  });

  it('shows no label row when the question has no labels', () => {
    show({ question: { ...QUESTIONS.rating, labels: undefined } });
    expect(promptRoot().querySelector('.wp-scale__labels')).toBeNull();
  });
});

describe('Effort', () => {
  it('offers 1 to 7 and asks what made it difficult for 1–3', () => {
    const { props } = show({ question: QUESTIONS.effort });
    expect(radios()).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(promptRoot().querySelector('.wp-scale--effort')).toBeTruthy();
    fireEvent.click(prompt().getByRole('radio', { name: '3' }));
    fireEvent.input(prompt().getByRole('textbox', { name: 'What made it difficult?' }), {
      target: { value: 'The form' },
    });
    expect(submitted(props)).toEqual([3, 'The form']);
  });
});

describe('Emoji', () => {
  it('names its five faces and draws them as hidden graphics', () => {
    show({ question: QUESTIONS.emoji });
    const names = prompt()
      .getAllByRole('radio')
      .map((r) => r.closest('label')?.getAttribute('title'));
    expect(names).toEqual(['Very unhappy', 'Unhappy', 'Neutral', 'Happy', 'Very happy']);
    for (const name of names)
      expect(prompt().getByRole('radio', { name: name as string })).toBeTruthy();
    const faces = promptRoot().querySelectorAll('svg.wp-face');
    expect(faces).toHaveLength(5);
    for (const f of faces) expect(f.getAttribute('aria-hidden')).toBe('true');
  });

  it('answers 1–5, spells the chosen feeling out, and follows up on the unhappy ones', () => {
    const { props } = show({ question: QUESTIONS.emoji });
    expect(promptRoot().querySelector('.wp-scale__labels')?.textContent).toBe(
      'Very unhappyVery happy',
    );
    fireEvent.click(prompt().getByRole('radio', { name: 'Happy' }));
    expect(promptRoot().querySelector('.wp-scale__chosen')?.textContent).toBe('Happy');
    expect(prompt().queryByRole('textbox')).toBeNull();
    fireEvent.click(prompt().getByRole('radio', { name: 'Unhappy' }));
    expect(prompt().getByRole('textbox', { name: 'What went wrong?' })).toBeTruthy();
    expect(submitted(props)).toEqual([2, undefined]);
  });

  it.each([
    ['fr', 'Très mal', 'Très bien'],
    ['de', 'Sehr unzufrieden', 'Sehr zufrieden'],
    ['es', 'Muy mal', 'Muy bien'],
    ['ar', 'سيئ جدًا', 'جيد جدًا'],
  ])('names the faces in %s', (locale, worst, best) => {
    show({ question: QUESTIONS.emoji, locale });
    const [first, , , , last] = prompt().getAllByRole('radio');
    expect(first).toBe(prompt().getByRole('radio', { name: worst }));
    expect(last).toBe(prompt().getByRole('radio', { name: best }));
  });
});

describe('YesNo', () => {
  it('answers "yes" or "no" and follows up on yes', () => {
    const { props } = show({ question: QUESTIONS.yesno });
    fireEvent.click(prompt().getByRole('radio', { name: 'No' }));
    expect(prompt().queryByRole('textbox')).toBeNull();
    fireEvent.click(prompt().getByRole('radio', { name: 'Yes' }));
    expect(prompt().getByRole('textbox', { name: 'What got in your way?' })).toBeTruthy();
    expect(submitted(props)).toEqual(['yes', undefined]);
  });

  it.each([
    ['fr', 'Oui', 'Non'],
    ['de-AT', 'Ja', 'Nein'],
    ['es-MX', 'Sí', 'No'],
    ['ar-EG', 'نعم', 'لا'],
  ])('says yes and no in %s', (locale, yes, no) => {
    show({ question: QUESTIONS.yesno, locale });
    expect(prompt().getByRole('radio', { name: yes })).toBeTruthy();
    expect(prompt().getByRole('radio', { name: no })).toBeTruthy();
  });
});

describe('Choice', () => {
  it('takes one option as radios and follows up on the listed ones', () => {
    const { props } = show({ question: QUESTIONS.choice });
    expect(prompt().getByRole('radiogroup', { name: QUESTIONS.choice.text })).toBeTruthy();
    fireEvent.click(prompt().getByRole('radio', { name: 'Yes' }));
    expect(prompt().queryByRole('textbox')).toBeNull();
    fireEvent.click(prompt().getByRole('radio', { name: 'Partly' }));
    fireEvent.input(prompt().getByRole('textbox', { name: 'What is missing?' }), {
      target: { value: 'Delivery' },
    });
    expect(submitted(props)).toEqual(['partly', 'Delivery']);
  });

  it('takes several options as checkboxes, in the options’ order', () => {
    const { props } = show({ question: QUESTIONS.multiple });
    expect(prompt().getByRole('group', { name: QUESTIONS.multiple.text })).toBeTruthy();
    fireEvent.click(prompt().getByRole('checkbox', { name: 'My goals' }));
    fireEvent.click(prompt().getByRole('checkbox', { name: 'My budget' }));
    fireEvent.click(prompt().getByRole('checkbox', { name: 'My team' }));
    fireEvent.click(prompt().getByRole('checkbox', { name: 'My team' }));
    expect(submitted(props)).toEqual([['budget', 'goals'], undefined]);
  });

  it('counts no ticked box as no answer', () => {
    const { props } = show({ question: QUESTIONS.multiple });
    fireEvent.click(prompt().getByRole('checkbox', { name: 'My team' }));
    fireEvent.click(prompt().getByRole('checkbox', { name: 'My team' }));
    expect(submitted(props)).toBeUndefined();
    expect(promptRoot().querySelector('.wp-hint')?.textContent).toBe('Choose an answer first.');
  });
});

describe('Text', () => {
  it('is a text box named by the question, with its limit and placeholder', () => {
    show({ question: QUESTIONS.text });
    const box = prompt().getByRole('textbox', { name: QUESTIONS.text.text });
    expect(box.getAttribute('maxlength')).toBe('20');
    expect(box.getAttribute('placeholder')).toBe('Your words');
    expect(description(box)).toBe('20 characters left');
  });

  it('counts down in the language’s plural forms', () => {
    show({ question: QUESTIONS.text });
    const box = prompt().getByRole('textbox');
    fireEvent.input(box, { target: { value: 'x'.repeat(19) } });
    expect(description(box)).toBe('1 character left');
  });

  it.each([
    [0, 'لم يتبقَّ أي حرف'],
    [1, 'يتبقّى حرف واحد'],
    [2, 'يتبقّى حرفان'],
    [3, 'يتبقّى 3 أحرف'],
    [11, 'يتبقّى 11 حرفًا'],
    [100, 'يتبقّى 100 حرف'],
  ])('counts %i left in Arabic', (left, text) => {
    show({ question: { ...QUESTIONS.text, maxLength: 200 }, locale: 'ar' });
    const box = prompt().getByRole('textbox');
    fireEvent.input(box, { target: { value: 'x'.repeat(200 - left) } });
    expect(description(box)).toBe(text);
  });

  it('submits the text, but not blank space', () => {
    const { props } = show({ question: QUESTIONS.text });
    fireEvent.input(prompt().getByRole('textbox'), { target: { value: '   ' } });
    expect(submitted(props)).toBeUndefined();
    fireEvent.input(prompt().getByRole('textbox'), { target: { value: 'A refill' } });
    expect(submitted(props)).toEqual(['A refill', undefined]);
  });
});
