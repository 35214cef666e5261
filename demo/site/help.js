// The help centre's own script: it draws one Waypoint question inside the page, under the
// answers, where a customer who has read them can say whether their need is taken care of.
// An inline card is the customer's choice to answer, so it counts against no prompt limit.
// A file, not inline, because of the strict CSP.
window.waypoint('render', '#help-feedback', 'duration-need');
