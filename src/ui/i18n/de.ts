import type { BankTexts } from '../../model/question-bank/types';
import type { Strings } from './en';
import type { LocalePack } from './pack';

/** The prompt's strings in German (formal "Sie"). */
export const de: Strings = {
  lang: 'de',
  dir: 'ltr',
  region: 'Feedback',
  send: 'Senden',
  notNow: 'Nicht jetzt',
  optOut: 'Nicht mehr fragen',
  why: 'Warum werde ich gefragt?',
  close: 'Schließen',
  thanks: 'Vielen Dank!',
  saving: 'Ihre Antwort wird gespeichert …',
  failed:
    'Leider konnte Ihre Antwort nicht gespeichert und daher nicht gesendet werden. Bitte versuchen Sie es später erneut.',
  sent: 'Vielen Dank – gesendet.',
  answered: 'Sie haben dies bereits beantwortet – vielen Dank!',
  savedOffline:
    'Ihre Antwort ist auf diesem Gerät gespeichert und wird gesendet, sobald Sie wieder online sind.',
  savedLater: 'Ihre Antwort ist auf diesem Gerät gespeichert und wird in Kürze gesendet.',
  notSaved:
    'Ihre Antwort konnte auf diesem Gerät nicht gespeichert werden; sie wird gesendet, solange diese Seite geöffnet ist.',
  charsLeft: { one: 'Noch {n} Zeichen', other: 'Noch {n} Zeichen' },
  chooseFirst: 'Bitte wählen Sie zuerst eine Antwort.',
  yes: 'Ja',
  no: 'Nein',
  scaleEnd: '{n} – {label}',
  progress: '{step} von {steps}',
  emoji: ['Sehr unzufrieden', 'Unzufrieden', 'Neutral', 'Zufrieden', 'Sehr zufrieden'],
  whyMeasures: 'Diese Frage betrifft „{quality}“: {about}.',
  whySent: 'Was mit Ihrer Antwort gesendet wird: {fields}.',
  whyTo: 'Empfänger: {host}.',
  whyPolicy: 'Datenschutzerklärung',
  fields: {
    answer: 'Ihre Antwort',
    question: 'die Frage',
    page: 'der Pfad dieser Seite (ohne Parameter)',
    stage: 'die auf diesem Gerät gesehenen Etappen Ihres Wegs mit uns',
    locale: 'Ihre Sprache',
    device: 'Ihr Gerätetyp',
    time: 'die Uhrzeit',
    session: 'eine zufällige Kennung für diesen Besuch',
    visitor: 'eine zufällige Kennung für dieses Gerät',
    user: 'Ihre Kundenkennung auf dieser Website',
  },
  qualityNames: {
    perspective: 'Ihre Sicht',
    preventive: 'Mühelosigkeit',
    duration: 'Dauer',
    dynamic: 'Wandel',
    choice: 'Wahlfreiheit',
    multifaceted: 'Gesamteindruck',
    operational: 'Abläufe',
    integrative: 'Zusammenspiel',
    anticipatory: 'Vorausschau',
    transparent: 'Transparenz',
    advocate: 'Weiterempfehlung',
  },
  qualities: {
    perspective:
      'wie gut die Erfahrung dem entspricht, was Sie gesucht haben, in Ihren eigenen Worten',
    preventive: 'wie leicht Sie bekommen haben, was Sie brauchten',
    duration: 'ob Ihr Anliegen erledigt ist',
    dynamic: 'wie gut wir mit Ihren sich ändernden Bedürfnissen Schritt halten',
    choice: 'ob Sie sich frei in Ihrer Wahl fühlen',
    multifaceted: 'wie Sie die Erfahrung im Vergleich zu Ihren Erwartungen empfinden',
    operational: 'unsere Abläufe und Regeln',
    integrative: 'wie gut unsere Teams und Kanäle zusammenarbeiten',
    anticipatory: 'ob wir auf das vorbereitet sind, was Sie als Nächstes brauchen',
    transparent: 'ob wir in Ihrem Interesse handeln',
    advocate: 'ob Sie uns weiterempfehlen würden',
  },
};

/** The built-in bank's texts in German, by question id (questions: model/question-bank/meta.ts). */
export const deBank: Record<string, BankTexts> = {
  'perspective-reason': {
    text: 'Was führt Sie heute zu uns?',
    placeholder: 'In Ihren Worten',
  },
  'perspective-match': {
    text: 'Wie gut entspricht Ihre bisherige Erfahrung dem, was Sie gesucht haben?',
    labels: {
      min: 'Überhaupt nicht',
      max: 'Voll und ganz',
    },
    followUp: 'Wie würden Sie Ihre bisherige Erfahrung in eigenen Worten beschreiben?',
  },
  'preventive-effort': {
    text: 'Wie leicht oder schwer war es heute, das zu bekommen, was Sie brauchten?',
    labels: {
      min: 'Sehr schwer',
      max: 'Sehr leicht',
    },
    followUp: 'Was hat es Ihnen schwer gemacht?',
  },
  'duration-need': {
    text: 'Ist das Anliegen, mit dem Sie gekommen sind, erledigt?',
    options: ['Ja', 'Teilweise', 'Noch nicht'],
    followUp: 'Was fehlt noch?',
  },
  'dynamic-change': {
    text: 'Wie gut haben wir mit Veränderungen in Ihrem Bedarf an uns Schritt gehalten?',
    options: [
      'Überhaupt nicht gut',
      'Wenig gut',
      'Einigermaßen gut',
      'Sehr gut',
      'Äußerst gut',
      'Mein Bedarf hat sich nicht verändert',
    ],
    followUp: 'Was hat sich verändert, ohne dass wir Schritt gehalten haben?',
  },
  'choice-freedom': {
    text: 'Konnten Sie frei und ohne Druck wählen, was zu Ihnen passt?',
    options: ['Ja', 'Teilweise', 'Nein'],
    followUp: 'Was hat Ihre Wahl eingeschränkt?',
  },
  'multifaceted-feeling': {
    text: 'Wie empfinden Sie diese Erfahrung im Vergleich zu Ihren Erwartungen?',
  },
  'operational-obstacles': {
    text: 'Standen Ihnen unsere Regeln oder Abläufe im Weg?',
    followUp: 'Was stand Ihnen im Weg?',
  },
  'integrative-repeat': {
    text: 'Mussten Sie Angaben wiederholen, die Sie uns bereits gemacht hatten?',
    followUp: 'Was mussten Sie wiederholen?',
  },
  'anticipatory-next': {
    text: 'Wie zuversichtlich sind Sie, dass wir auf das vorbereitet sind, was Sie als Nächstes von uns brauchen?',
    labels: {
      min: 'Überhaupt nicht zuversichtlich',
      max: 'Voll und ganz zuversichtlich',
    },
    followUp: 'Was werden Sie als Nächstes von uns brauchen?',
  },
  'transparent-intent': {
    text: 'Wie sehr haben Sie das Gefühl, dass wir in Ihrem Interesse handeln?',
    labels: {
      min: 'Überhaupt nicht',
      max: 'Voll und ganz',
    },
  },
  'advocate-nps': {
    text: 'Wie wahrscheinlich ist es, dass Sie uns Freunden oder Familie weiterempfehlen?',
    labels: {
      min: 'Überhaupt nicht wahrscheinlich',
      max: 'Äußerst wahrscheinlich',
    },
    followUp: 'Was ist der wichtigste Grund für Ihre Bewertung?',
  },
};

/** The German language chunk: the card's strings and the bank's texts. */
export const pack: LocalePack = { strings: de, bank: deBank };
