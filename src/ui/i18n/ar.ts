import type { BankTexts } from '../../model/question-bank/types';
import type { Strings } from './en';
import type { LocalePack } from './pack';

/**
 * The prompt's strings in Modern Standard Arabic, written right to left. Numbers stay in
 * Western digits, as the scale's options and the contract's names ("0"…"10") are.
 */
export const ar: Strings = {
  lang: 'ar',
  dir: 'rtl',
  region: 'رأيك',
  send: 'إرسال',
  notNow: 'ليس الآن',
  optOut: 'لا تسألني مرة أخرى',
  why: 'لماذا يُطرح عليّ هذا السؤال؟',
  close: 'إغلاق',
  thanks: 'شكرًا لك!',
  saving: 'جارٍ حفظ إجابتك…',
  failed: 'عذرًا، تعذّر حفظ إجابتك، لذا لم تُرسَل. يُرجى المحاولة لاحقًا.',
  sent: 'شكرًا لك — تم الإرسال.',
  answered: 'لقد أجبت عن هذا — شكرًا لك.',
  savedOffline: 'حُفظت إجابتك على هذا الجهاز، وستُرسَل عند عودتك إلى الاتصال بالإنترنت.',
  savedLater: 'حُفظت إجابتك على هذا الجهاز، وستُرسَل قريبًا.',
  notSaved: 'تعذّر حفظ إجابتك على هذا الجهاز، وستُرسَل ما دامت هذه الصفحة مفتوحة.',
  charsLeft: {
    zero: 'لم يتبقَّ أي حرف',
    one: 'يتبقّى حرف واحد',
    two: 'يتبقّى حرفان',
    few: 'يتبقّى {n} أحرف',
    many: 'يتبقّى {n} حرفًا',
    other: 'يتبقّى {n} حرف',
  },
  chooseFirst: 'اختر إجابة أولًا.',
  yes: 'نعم',
  no: 'لا',
  scaleEnd: '{n} – {label}',
  progress: '{step} من {steps}',
  emoji: ['سيئ جدًا', 'سيئ', 'محايد', 'جيد', 'جيد جدًا'],
  whyMeasures: 'يتعلّق هذا السؤال بـ«{quality}»: {about}.',
  whySent: 'ما يُرسَل مع إجابتك: {fields}.',
  whyTo: 'يُرسَل إلى: {host}.',
  whyPolicy: 'سياسة الخصوصية',
  fields: {
    answer: 'إجابتك',
    question: 'السؤال',
    page: 'مسار هذه الصفحة (دون معاملات)',
    stage: 'مراحل رحلتك معنا التي سُجّلت على هذا الجهاز',
    locale: 'لغتك',
    device: 'نوع جهازك',
    time: 'الوقت',
    session: 'معرّف عشوائي لهذه الزيارة',
    visitor: 'معرّف عشوائي لهذا الجهاز',
    user: 'معرّف حسابك على هذا الموقع',
  },
  qualityNames: {
    perspective: 'وجهة نظرك',
    preventive: 'سهولة التجربة',
    duration: 'تلبية الحاجة',
    dynamic: 'تغيّر الاحتياجات',
    choice: 'حرية الاختيار',
    multifaceted: 'الانطباع العام',
    operational: 'الإجراءات',
    integrative: 'التنسيق',
    anticipatory: 'الاستباق',
    transparent: 'الشفافية',
    advocate: 'التوصية',
  },
  qualities: {
    perspective: 'مدى توافق التجربة مع ما كنت تبحث عنه، بكلماتك الخاصة',
    preventive: 'مدى سهولة حصولك على ما تحتاجه',
    duration: 'ما إذا كانت حاجتك قد لُبّيت',
    dynamic: 'مدى مواكبتنا لتغيّر احتياجاتك',
    choice: 'ما إذا كنت تشعر بحرية الاختيار',
    multifaceted: 'شعورك تجاه التجربة مقارنةً بما كنت تتوقعه',
    operational: 'إجراءاتنا وقواعدنا',
    integrative: 'مدى تنسيق فرقنا وقنواتنا فيما بينها',
    anticipatory: 'مدى استعدادنا لما ستحتاجه لاحقًا',
    transparent: 'ما إذا كنا نتصرّف بما يخدم مصلحتك',
    advocate: 'ما إذا كنت ستوصي بنا',
  },
};

/** The built-in bank's texts in Arabic, by question id (questions: model/question-bank/meta.ts). */
export const arBank: Record<string, BankTexts> = {
  'perspective-reason': {
    text: 'ما الذي أتى بك إلى هنا اليوم؟',
    placeholder: 'بكلماتك',
  },
  'perspective-match': {
    text: 'إلى أي مدى تتوافق تجربتك حتى الآن مع ما كنت تبحث عنه؟',
    labels: {
      min: 'لا تتوافق إطلاقًا',
      max: 'تتوافق تمامًا',
    },
    followUp: 'بكلماتك الخاصة، كيف تصف تجربتك حتى الآن؟',
  },
  'preventive-effort': {
    text: 'ما مدى سهولة أو صعوبة حصولك على ما تحتاجه اليوم؟',
    labels: {
      min: 'صعب جدًا',
      max: 'سهل جدًا',
    },
    followUp: 'ما الذي جعل الأمر صعبًا؟',
  },
  'duration-need': {
    text: 'هل لُبّيت الحاجة التي جاءت بك إلى هنا؟',
    options: ['نعم', 'جزئيًا', 'ليس بعد'],
    followUp: 'ما الذي لا يزال ناقصًا؟',
  },
  'dynamic-change': {
    text: 'إلى أي مدى واكبنا التغيّرات في ما تحتاجه منّا؟',
    options: ['لا على الإطلاق', 'قليلًا', 'إلى حدٍّ ما', 'كثيرًا', 'تمامًا', 'لم يتغيّر ما أحتاجه'],
    followUp: 'ما الذي تغيّر ولم نواكبه؟',
  },
  'choice-freedom': {
    text: 'هل شعرت بحرية اختيار ما يناسبك دون ضغط؟',
    options: ['نعم', 'إلى حدٍّ ما', 'لا'],
    followUp: 'ما الذي قيّد اختيارك؟',
  },
  'multifaceted-feeling': {
    text: 'ما شعورك تجاه هذه التجربة مقارنةً بما كنت تتوقعه؟',
  },
  'operational-obstacles': {
    text: 'هل أعاقتك أيٌّ من قواعدنا أو إجراءاتنا؟',
    followUp: 'ما الذي أعاقك؟',
  },
  'integrative-repeat': {
    text: 'هل اضطررت إلى تكرار معلومات سبق أن قدّمتها لنا؟',
    followUp: 'ما الذي اضطررت إلى تكراره؟',
  },
  'anticipatory-next': {
    text: 'ما مدى ثقتك بأننا سنكون مستعدين لما ستحتاجه منّا لاحقًا؟',
    labels: {
      min: 'لا أثق إطلاقًا',
      max: 'أثق تمامًا',
    },
    followUp: 'ما الذي ستحتاجه منّا بعد ذلك؟',
  },
  'transparent-intent': {
    text: 'إلى أي مدى تشعر بأننا نتصرّف بما يخدم مصلحتك؟',
    labels: {
      min: 'لا أشعر بذلك أبدًا',
      max: 'أشعر بذلك تمامًا',
    },
  },
  'advocate-nps': {
    text: 'ما مدى احتمال أن توصي بنا لصديق أو أحد أفراد عائلتك؟',
    labels: {
      min: 'غير محتمل إطلاقًا',
      max: 'محتمل جدًا',
    },
    followUp: 'ما السبب الرئيسي لتقييمك؟',
  },
};

/** The Arabic language chunk: the card's strings and the bank's texts. */
export const pack: LocalePack = { strings: ar, bank: arBank };
