/** "Why am I asked?": what the question measures, what is sent, where, and the policy. */
import { QUALITY_NAMES } from '../model/qualities';
import { fill, type Strings } from './i18n';
import type { PromptProps } from './types';

interface WhyProps extends Pick<PromptProps, 'endpointHost' | 'policyUrl' | 'sendsVisitorId'> {
  id: string;
  quality: PromptProps['question']['quality'];
  strings: Strings;
}

export function Why({
  id,
  quality,
  endpointHost,
  policyUrl,
  sendsVisitorId,
  strings: s,
}: WhyProps) {
  const f = s.fields;
  const fields = [
    f.answer,
    f.question,
    f.page,
    f.stage,
    f.locale,
    f.device,
    ...(sendsVisitorId ? [f.visitor] : []),
  ];
  return (
    <div class="wp-why" id={id}>
      <p>{fill(s.whyMeasures, { quality: QUALITY_NAMES[quality], about: s.qualities[quality] })}</p>
      <p>{fill(s.whySent, { fields: fields.join(', ') })}</p>
      <p>{fill(s.whyTo, { host: endpointHost })}</p>
      {policyUrl && (
        <p>
          <a href={policyUrl} target="_blank" rel="noopener noreferrer">
            {s.whyPolicy}
          </a>
        </p>
      )}
    </div>
  );
}
