// What the seeded customers write, per question id: open-text answers and follow-ups, so the
// dashboard's "In their words" has something real-sounding to show.

/** Free-text answers and follow-ups per question id; the seed picks one at random. */
export const WORDS: Record<string, string[]> = {
  'perspective-match': [
    'Lovely selection, and the tasting notes helped me choose.',
    'Took a while to find the green teas.',
    'Friendly and quick, like a good corner shop.',
    'Fine overall; the checkout felt clunky on my phone.',
    'Calm, unhurried, nothing pushy. I liked that.',
  ],
  'anticipatory-next': [
    'A reminder when I am running low.',
    'Gift wrapping before the holidays.',
    'A decaf range, please.',
    'Bulk prices for our office.',
    'Recipes for iced tea in summer.',
  ],
  'preventive-effort': [
    'The checkout asked for my address twice.',
    'Delivery options only appeared at the last step.',
    'The discount code was refused although it was valid.',
  ],
  'duration-need': [
    'A delivery date for my order.',
    'The decaf I came for is out of stock.',
    'An answer to my question about returns.',
  ],
  'dynamic-change': [
    'I buy for the office now, and there is still no bulk price.',
    'Moved to loose-leaf after trying the samples; the site still shows me bags.',
    'We moved house, so delivery days matter more.',
  ],
  'choice-freedom': [
    'Only one delivery option for my area.',
    'The subscription box was ticked for me.',
    'The gift sets come in one size only.',
  ],
  'integrative-repeat': [
    'My address, twice at checkout.',
    'My order number, to each person I spoke to.',
    'My tea preferences, after signing up.',
  ],
  'operational-obstacles': [
    'Returns need a printed label and I have no printer.',
    'I had to call to change my delivery day.',
    'The refund took three weeks.',
  ],
  'advocate-nps': [
    'Delivery took nine days.',
    'Prices went up without notice.',
    'Great tea, but the site is slow on my phone.',
    'Nobody answered my e-mail.',
  ],
};
