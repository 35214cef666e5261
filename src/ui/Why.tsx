/**
 * "Why am I asked?": which quality the question measures, every field sent with the answer,
 * the host it goes to and the site's privacy policy (DESIGN §3, "transparent by design").
 */
import { fill, fillNodes, list, type Strings } from './i18n';
import type { PromptProps } from './types';

interface WhyProps
  extends Pick<PromptProps, 'endpointHost' | 'policyUrl' | 'sendsVisitorId' | 'sendsUserId'> {
  id: string;
  open: boolean;
  quality: PromptProps['question']['quality'];
  strings: Strings;
}

export function Why(props: WhyProps) {
  const { id, open } = props;
  return (
    // Always in the page (hidden when closed), so the toggle's aria-controls always resolves.
    // Its text is built only once opened: the field list's Intl.ListFormat loads locale data
    // that cost a first card over 100 ms of main thread at 4× throttle (npm run bench).
    <div class="wp-why" id={id} hidden={!open}>
      {open && <WhyText {...props} />}
    </div>
  );
}

function WhyText(props: WhyProps) {
  const { quality, endpointHost, policyUrl, strings: s } = props;
  const f = s.fields;
  const fields = [
    f.answer,
    f.question,
    f.page,
    f.stage,
    f.locale,
    f.device,
    f.time,
    f.session,
    ...(props.sendsVisitorId ? [f.visitor] : []),
    ...(props.sendsUserId ? [f.user] : []),
  ];
  return (
    <>
      <p>
        {fill(s.whyMeasures, { quality: s.qualityNames[quality], about: s.qualities[quality] })}
      </p>
      <p>{fill(s.whySent, { fields: list(fields, s.lang) })}</p>
      {/* A host name is left-to-right text: isolated so its dots stay put in Arabic. */}
      <p>{fillNodes(s.whyTo, { host: <bdi dir="ltr">{endpointHost}</bdi> })}</p>
      {policyUrl && (
        <p>
          <a class="wp-why__policy" href={policyUrl} target="_blank" rel="noopener noreferrer">
            {s.whyPolicy}
          </a>
        </p>
      )}
    </>
  );
}
