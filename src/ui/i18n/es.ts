import type { BankTexts } from '../../model/question-bank/types';
import type { Strings } from './en';
import type { LocalePack } from './pack';

/** The prompt's strings in Spanish (neutral "usted", understood in Spain and the Americas). */
export const es: Strings = {
  lang: 'es',
  dir: 'ltr',
  region: 'Su opinión',
  send: 'Enviar',
  notNow: 'Ahora no',
  optOut: 'No volver a preguntarme',
  why: '¿Por qué me lo preguntan?',
  close: 'Cerrar',
  thanks: '¡Gracias!',
  saving: 'Guardando su respuesta…',
  failed:
    'Lo sentimos, no se pudo guardar su respuesta, así que no se ha enviado. Inténtelo de nuevo más tarde.',
  sent: '¡Gracias! Respuesta enviada.',
  answered: 'Ya respondió a esto. ¡Gracias!',
  savedOffline:
    'Respuesta guardada en este dispositivo; se enviará cuando vuelva a tener conexión.',
  savedLater: 'Respuesta guardada en este dispositivo; se enviará en breve.',
  notSaved:
    'No se pudo guardar su respuesta en este dispositivo; se enviará mientras esta página siga abierta.',
  charsLeft: { one: 'Queda {n} carácter', other: 'Quedan {n} caracteres' },
  chooseFirst: 'Elija primero una respuesta.',
  yes: 'Sí',
  no: 'No',
  scaleEnd: '{n} – {label}',
  progress: '{step} de {steps}',
  emoji: ['Muy mal', 'Mal', 'Neutral', 'Bien', 'Muy bien'],
  whyMeasures: 'Esta pregunta trata sobre «{quality}»: {about}.',
  whySent: 'Qué se envía con su respuesta: {fields}.',
  whyTo: 'Destino: {host}.',
  whyPolicy: 'Política de privacidad',
  fields: {
    answer: 'su respuesta',
    question: 'la pregunta',
    page: 'la ruta de esta página (sin parámetros)',
    stage: 'las etapas de su recorrido con nosotros vistas en este dispositivo',
    locale: 'su idioma',
    device: 'su tipo de dispositivo',
    time: 'la hora',
    session: 'un identificador aleatorio para esta visita',
    visitor: 'un identificador aleatorio para este dispositivo',
    user: 'su identificador de cuenta en este sitio',
  },
  qualityNames: {
    perspective: 'Su perspectiva',
    preventive: 'Facilidad',
    duration: 'Resolución',
    dynamic: 'Evolución',
    choice: 'Libertad de elección',
    multifaceted: 'Impresión general',
    operational: 'Procesos',
    integrative: 'Coordinación',
    anticipatory: 'Anticipación',
    transparent: 'Transparencia',
    advocate: 'Recomendación',
  },
  qualities: {
    perspective: 'si la experiencia se corresponde con lo que buscaba, con sus propias palabras',
    preventive: 'lo fácil que le resultó conseguir lo que necesitaba',
    duration: 'si su necesidad está resuelta',
    dynamic: 'cómo nos adaptamos a los cambios en sus necesidades',
    choice: 'si se siente libre para elegir',
    multifaceted: 'cómo vivió la experiencia en comparación con lo que esperaba',
    operational: 'nuestros procesos y normas',
    integrative: 'lo bien que se coordinan nuestros equipos y canales',
    anticipatory: 'si estaremos preparados para lo que necesite a continuación',
    transparent: 'si actuamos en su interés',
    advocate: 'si nos recomendaría',
  },
};

/** The built-in bank's texts in Spanish, by question id (questions: question-bank/meta.ts). */
export const esBank: Record<string, BankTexts> = {
  'perspective-reason': {
    text: '¿Qué le ha traído hoy hasta aquí?',
    placeholder: 'Con sus palabras',
  },
  'perspective-match': {
    text: '¿En qué medida se corresponde su experiencia hasta ahora con lo que buscaba?',
    labels: {
      min: 'Nada',
      max: 'Totalmente',
    },
    followUp: 'Con sus propias palabras, ¿cómo describiría su experiencia hasta ahora?',
  },
  'preventive-effort': {
    text: '¿Le resultó fácil o difícil conseguir hoy lo que necesitaba?',
    labels: {
      min: 'Muy difícil',
      max: 'Muy fácil',
    },
    followUp: '¿Qué se lo puso difícil?',
  },
  'duration-need': {
    text: '¿Está resuelta la necesidad que le trajo aquí?',
    options: ['Sí', 'En parte', 'Todavía no'],
    followUp: '¿Qué falta todavía?',
  },
  'dynamic-change': {
    text: '¿En qué medida nos hemos adaptado a los cambios en lo que necesita de nosotros?',
    options: [
      'Nada',
      'Poco',
      'Moderadamente',
      'Bastante',
      'Totalmente',
      'Lo que necesito no ha cambiado',
    ],
    followUp: '¿Qué ha cambiado sin que nos hayamos adaptado?',
  },
  'choice-freedom': {
    text: '¿Pudo elegir libremente lo que le conviene, sin presiones?',
    options: ['Sí', 'En parte', 'No'],
    followUp: '¿Qué limitó su elección?',
  },
  'multifaceted-feeling': {
    text: '¿Qué le ha parecido esta experiencia en comparación con lo que esperaba?',
  },
  'operational-obstacles': {
    text: '¿Alguna de nuestras normas o procesos le puso las cosas difíciles?',
    followUp: '¿Qué se lo puso difícil?',
  },
  'integrative-repeat': {
    text: '¿Tuvo que repetir información que ya nos había dado?',
    followUp: '¿Qué tuvo que repetir?',
  },
  'anticipatory-next': {
    text: '¿Qué confianza tiene en que estaremos preparados para lo que necesite de nosotros a continuación?',
    labels: {
      min: 'Ninguna confianza',
      max: 'Plena confianza',
    },
    followUp: '¿Qué necesitará de nosotros a continuación?',
  },
  'transparent-intent': {
    text: '¿En qué medida siente que actuamos en su interés?',
    labels: {
      min: 'Nada',
      max: 'Totalmente',
    },
  },
  'advocate-nps': {
    text: '¿Qué probabilidad hay de que nos recomiende a un amigo o familiar?',
    labels: {
      min: 'Nada probable',
      max: 'Muy probable',
    },
    followUp: '¿Cuál es el motivo principal de su puntuación?',
  },
};

/** The Spanish language chunk: the card's strings and the bank's texts. */
export const pack: LocalePack = { strings: es, bank: esBank };
