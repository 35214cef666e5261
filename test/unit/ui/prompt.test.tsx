import { fireEvent } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { mountPrompt } from '../../../src/ui/mount';
import type { PromptProps, PromptQuestion } from '../../../src/ui/types';
import { prompt, promptRoot } from '../helpers/page';

const nps: PromptQuestion = {
  id: 'advocate-nps',
  type: 'nps',
  quality: 'advocate',
  text: 'How likely are you to recommend us?',
  labels: { min: 'Not at all likely', max: 'Extremely likely' },
  multiple: false,
  maxLength: 1000,
  followUp: { when: { max: 6 }, text: 'What is the main reason for your score?' },
};
const appearance = {
  position: 'bottom-right',
  theme: 'auto' as const,
  accent: '#4f46e5',
  zIndex: 10,
};

function show(overrides: Partial<PromptProps> = {}) {
  const props: PromptProps = {
    question: nps,
    locale: 'en',
    endpointHost: 'collect.example.com',
    policyUrl: 'https://acme.example/privacy',
    sendsVisitorId: true,
    onSubmit: vi.fn(),
    onDismiss: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  const mounted = mountPrompt(document, appearance, props);
  return { props, mounted };
}

describe('the prompt', () => {
  it('renders in an open shadow root on <waypoint-prompt>, without taking focus', () => {
    const before = document.activeElement;
    show();
    expect(promptRoot().mode).toBe('open');
    expect(document.activeElement).toBe(before);
  });

  it('names the scale options by number and the buttons as the contract says', () => {
    show();
    const p = prompt();
    for (let n = 0; n <= 10; n++) expect(p.getByRole('radio', { name: String(n) })).toBeTruthy();
    for (const name of ['Send', 'Not now', "Don't ask me again", 'Why am I asked?']) {
      expect(p.getByRole('button', { name })).toBeTruthy();
    }
    expect(p.getByRole('radiogroup', { name: nps.text })).toBeTruthy();
  });

  it('asks the follow-up only when the score is in its range, and submits both', () => {
    const { props } = show();
    const p = prompt();
    fireEvent.click(p.getByRole('radio', { name: '9' }));
    expect(p.queryByText('What is the main reason for your score?')).toBeNull();
    fireEvent.click(p.getByRole('radio', { name: '4' }));
    const reason = p.getByRole('textbox', { name: 'What is the main reason for your score?' });
    fireEvent.input(reason, { target: { value: 'Slow delivery' } });
    fireEvent.click(p.getByRole('button', { name: 'Send' }));
    expect(props.onSubmit).toHaveBeenCalledWith(4, 'Slow delivery');
  });

  it('does not submit without an answer, and says why', () => {
    const { props } = show();
    fireEvent.click(prompt().getByRole('button', { name: 'Send' }));
    expect(props.onSubmit).not.toHaveBeenCalled();
    expect(prompt().getByText('Choose an answer first.')).toBeTruthy();
  });

  it('dismisses on Escape, on "Not now" and records an opt-out', () => {
    const { props } = show();
    fireEvent.keyDown(prompt().getByRole('radio', { name: '3' }), { key: 'Escape' });
    fireEvent.click(prompt().getByRole('button', { name: 'Not now' }));
    fireEvent.click(prompt().getByRole('button', { name: "Don't ask me again" }));
    expect(vi.mocked(props.onDismiss).mock.calls).toEqual([['escape'], ['dismiss'], ['opt-out']]);
  });

  it('explains why it asks: quality, fields, host and policy', () => {
    show();
    const p = prompt();
    const toggle = p.getByRole('button', { name: 'Why am I asked?' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(p.getByText(/This question is about Advocate/)).toBeTruthy();
    expect(p.getByText(/Sent to: collect\.example\.com/)).toBeTruthy();
    expect(p.getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe(
      'https://acme.example/privacy',
    );
  });

  it('shows config text as text, never as markup', () => {
    show({ question: { ...nps, text: '<img src=x onerror=alert(1)>Hi' } });
    expect(promptRoot().querySelector('img')).toBeNull();
    expect(prompt().getByText('<img src=x onerror=alert(1)>Hi')).toBeTruthy();
  });

  it('tells the truth about delivery in its thanks', () => {
    const { mounted } = show();
    mounted.update({ delivery: 'saved-offline' });
    expect(
      prompt().getByText("Saved on this device; it will be sent when you're back online."),
    ).toBeTruthy();
    mounted.update({ delivery: 'sent' });
    expect(prompt().getByText('Thank you — sent.')).toBeTruthy();
  });

  it.each([
    ['rating', { type: 'rating' as const }, ['1', '5'], '0'],
    ['effort', { type: 'effort' as const }, ['1', '7'], '8'],
    ['emoji', { type: 'emoji' as const }, ['Very unhappy', 'Very happy'], '0'],
    ['yes/no', { type: 'yesno' as const }, ['Yes', 'No'], 'Maybe'],
    [
      'choice',
      {
        type: 'choice' as const,
        options: [
          { id: 'a', text: 'Alpha' },
          { id: 'b', text: 'Beta' },
        ],
      },
      ['Alpha', 'Beta'],
      'Gamma',
    ],
  ])('renders a %s question with named options', (_name, extra, present, absent) => {
    show({ question: { ...nps, labels: undefined, followUp: undefined, ...extra } });
    for (const name of present) expect(prompt().getByRole('radio', { name })).toBeTruthy();
    expect(prompt().queryByRole('radio', { name: absent })).toBeNull();
  });

  it('collects several options of a multiple choice and open text with a counter', () => {
    const onSubmit = vi.fn();
    show({
      onSubmit,
      question: {
        ...nps,
        type: 'choice',
        multiple: true,
        followUp: undefined,
        options: [
          { id: 'a', text: 'Alpha' },
          { id: 'b', text: 'Beta' },
        ],
      },
    });
    fireEvent.click(prompt().getByRole('checkbox', { name: 'Alpha' }));
    fireEvent.click(prompt().getByRole('checkbox', { name: 'Beta' }));
    fireEvent.click(prompt().getByRole('button', { name: 'Send' }));
    expect(onSubmit).toHaveBeenCalledWith(['a', 'b'], undefined);
    document.body.replaceChildren();
    show({ onSubmit, question: { ...nps, type: 'text', maxLength: 20, followUp: undefined } });
    fireEvent.input(prompt().getByRole('textbox', { name: nps.text }), {
      target: { value: 'Great' },
    });
    expect(prompt().getByText('15 characters left')).toBeTruthy();
  });
});
