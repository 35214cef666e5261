import { fireEvent } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { prompt, promptRoot } from '../helpers/page';
import { QUESTIONS, show } from './fixtures';

// The live region fills after the card's own delay and preact's effect scheduling; wait for it
// rather than guess a time, which a loaded CI machine overruns.
const announced = (text: string) =>
  vi.waitFor(() => expect(promptRoot().querySelector('[aria-live]')?.textContent).toBe(text));

describe('the prompt card', () => {
  it('renders in an open shadow root on <waypoint-prompt> in <body>, without taking focus', () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    const { mounted } = show();
    expect(promptRoot().mode).toBe('open');
    expect(mounted.host.parentElement).toBe(document.body);
    expect(document.activeElement).toBe(button);
  });

  it('is a region named "Feedback" that announces the question politely', async () => {
    show();
    const region = promptRoot().querySelector('.wp-card');
    expect(region?.tagName).toBe('SECTION');
    expect(region?.getAttribute('aria-label')).toBe('Feedback');
    const live = region?.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('');
    await announced(QUESTIONS.nps.text);
  });

  it('names the scale options by number and the buttons as the contract says', () => {
    show();
    const p = prompt();
    for (let n = 0; n <= 10; n++) expect(p.getByRole('radio', { name: String(n) })).toBeTruthy();
    for (const name of ['Send', 'Not now', "Don't ask me again", 'Why am I asked?']) {
      expect(p.getByRole('button', { name })).toBeTruthy();
    }
    expect(p.getByRole('radiogroup', { name: QUESTIONS.nps.text })).toBeTruthy();
  });

  it('asks the follow-up only in its range, announces it, and submits both', async () => {
    const { props } = show();
    const p = prompt();
    fireEvent.click(p.getByRole('radio', { name: '9' }));
    expect(p.queryByText('What is the main reason for your score?')).toBeNull();
    fireEvent.click(p.getByRole('radio', { name: '4' }));
    const reason = p.getByRole('textbox', { name: 'What is the main reason for your score?' });
    await announced('What is the main reason for your score?');
    fireEvent.input(reason, { target: { value: '  Slow delivery ' } });
    expect(p.getByText('984 characters left')).toBeTruthy();
    fireEvent.click(p.getByRole('button', { name: 'Send' }));
    expect(props.onSubmit).toHaveBeenCalledWith(4, 'Slow delivery');
  });

  it('drops the follow-up text when the answer moves out of its range', () => {
    const { props } = show();
    const p = prompt();
    fireEvent.click(p.getByRole('radio', { name: '3' }));
    fireEvent.input(p.getByRole('textbox'), { target: { value: 'Too slow' } });
    fireEvent.click(p.getByRole('radio', { name: '10' }));
    fireEvent.click(p.getByRole('button', { name: 'Send' }));
    expect(props.onSubmit).toHaveBeenCalledWith(10, undefined);
  });

  it('does not submit without an answer, and says why', () => {
    const { props } = show();
    const send = prompt().getByRole('button', { name: 'Send' });
    fireEvent.click(send);
    expect(props.onSubmit).not.toHaveBeenCalled();
    const hint = promptRoot().querySelector('.wp-hint');
    expect(hint?.textContent).toBe('Choose an answer first.');
    expect(send.getAttribute('aria-describedby')).toBe(hint?.id);
  });

  it('dismisses on Escape, on "Not now" and records an opt-out', () => {
    const { props } = show();
    fireEvent.keyDown(prompt().getByRole('radio', { name: '3' }), { key: 'Escape' });
    fireEvent.click(prompt().getByRole('button', { name: 'Not now' }));
    fireEvent.click(prompt().getByRole('button', { name: "Don't ask me again" }));
    expect(vi.mocked(props.onDismiss).mock.calls).toEqual([['escape'], ['dismiss'], ['opt-out']]);
  });

  it('leaves Escape to an input method that is composing', () => {
    const { props } = show({ question: QUESTIONS.text });
    fireEvent.keyDown(prompt().getByRole('textbox'), { key: 'Escape', isComposing: true });
    expect(props.onDismiss).not.toHaveBeenCalled();
  });

  it('explains why it asks: quality, every field sent, host and policy', () => {
    show();
    const p = prompt();
    const toggle = p.getByRole('button', { name: 'Why am I asked?' });
    const panel = promptRoot().getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(panel?.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel?.hidden).toBe(false);
    expect(
      p.getByText(/This question is about Advocate: whether you would recommend us/),
    ).toBeTruthy();
    expect(p.getByText(/your answer, the question, this page's path/)).toBeTruthy();
    expect(p.getByText(/a random id for this device/)).toBeTruthy();
    expect(panel?.querySelector('bdi')?.textContent).toBe('collect.example.com');
    expect(p.getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe(
      'https://acme.example/privacy',
    );
  });

  it('builds the "why" text only once it is opened (Intl.ListFormat is slow to first use)', () => {
    const ListFormat = vi.spyOn(Intl, 'ListFormat');
    try {
      show();
      expect(ListFormat).not.toHaveBeenCalled();
      fireEvent.click(prompt().getByRole('button', { name: 'Why am I asked?' }));
      expect(ListFormat).toHaveBeenCalledTimes(1);
    } finally {
      ListFormat.mockRestore();
    }
  });

  it('lists neither a device id in anonymous mode nor an account id unless one is sent', () => {
    show({ sendsVisitorId: false, policyUrl: undefined });
    fireEvent.click(prompt().getByRole('button', { name: 'Why am I asked?' }));
    expect(prompt().queryByText(/random id for this device/)).toBeNull();
    expect(prompt().queryByText(/account id/)).toBeNull();
    expect(prompt().queryByRole('link')).toBeNull();
    document.documentElement.querySelector('waypoint-prompt')?.remove();
    show({ sendsUserId: true });
    fireEvent.click(prompt().getByRole('button', { name: 'Why am I asked?' }));
    expect(prompt().getByText(/your account id on this site/)).toBeTruthy();
  });

  it('shows config text as text, never as markup', () => {
    const evil = '<img src=x onerror=alert(1)>Hi';
    show({
      question: { ...QUESTIONS.choice, text: evil, options: [{ id: 'a', text: `<b>${evil}</b>` }] },
    });
    expect(promptRoot().querySelector('img, b')).toBeNull();
    expect(prompt().getByText(evil)).toBeTruthy();
    expect(prompt().getByRole('radio', { name: `<b>${evil}</b>` })).toBeTruthy();
  });

  it.each([
    ['saved', 'Saved on this device; it will be sent shortly.'],
    ['saved-offline', "Saved on this device; it will be sent when you're back online."],
    [
      'volatile',
      'Your answer could not be saved on this device; it will be sent while this page is open.',
    ],
  ] as const)('thanks honestly once the answer is %s', async (state, status) => {
    const { mounted } = show();
    mounted.update({ delivery: state });
    expect(prompt().getByText('Thank you!')).toBeTruthy();
    expect(promptRoot().querySelector('.wp-status')?.textContent).toBe(status);
    await announced(`Thank you! ${status}`);
  });

  it.each([
    ['saving', 'Saving your answer…', QUESTIONS.nps.text],
    [
      'failed',
      'Sorry, your answer could not be saved, so it was not sent. Please try again later.',
      'Sorry, your answer could not be saved, so it was not sent. Please try again later.',
    ],
  ] as const)('says no "thank you" while the answer is %s', async (state, status, message) => {
    const { mounted } = show();
    mounted.update({ delivery: state });
    expect(prompt().queryByText('Thank you!')).toBeNull();
    expect(promptRoot().querySelector('.wp-status')?.textContent).toBe(status);
    await announced(message);
  });

  it('tells the core when the customer touches the card, not before', () => {
    const onEngage = vi.fn();
    show({ onEngage });
    expect(onEngage).not.toHaveBeenCalled();
    fireEvent.pointerDown(prompt().getByRole('radio', { name: '7' }));
    expect(onEngage).toHaveBeenCalled();
  });

  it('says "Thank you — sent." only once the answer is sent, and closes on Escape', () => {
    const { mounted, props } = show();
    mounted.update({ delivery: 'saved' });
    expect(prompt().queryByText('Thank you — sent.')).toBeNull();
    mounted.update({ delivery: 'sent' });
    expect(promptRoot().querySelector('.wp-status')?.textContent).toBe('Thank you — sent.');
    fireEvent.keyDown(prompt().getByRole('button', { name: 'Close' }), { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledOnce();
    expect(props.onDismiss).not.toHaveBeenCalled();
  });

  it('moves focus to Close when the focused Send button gives way to the thanks', () => {
    const { mounted } = show({
      onSubmit: vi.fn(() => mounted.update({ delivery: 'saving' })),
    });
    fireEvent.click(prompt().getByRole('radio', { name: '8' }));
    const send = prompt().getByRole('button', { name: 'Send' });
    send.focus();
    fireEvent.click(send);
    expect(promptRoot().activeElement).toBe(prompt().getByRole('button', { name: 'Close' }));
  });

  it('does not move focus into the card when the answer came without focus there', () => {
    const { mounted } = show({
      onSubmit: vi.fn(() => mounted.update({ delivery: 'saving' })),
    });
    fireEvent.click(prompt().getByRole('radio', { name: '8' }));
    fireEvent.submit(promptRoot().querySelector('form') as HTMLFormElement);
    expect(promptRoot().activeElement).toBeNull();
  });
});
