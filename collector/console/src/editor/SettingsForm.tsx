// The settings of the whole config: language, caps, launcher and appearance, privacy.
import { useEdit } from '../fields/edit-context.ts';
import { CheckField, NumberField, SelectField, TextField } from '../fields/Field.tsx';
import { LocalizedField } from '../fields/LocalizedField.tsx';

export function SettingsForm(p: { items: string[] }) {
  const edit = useEdit();
  const launcher = (edit.doc.appearance as { launcher?: unknown } | undefined)?.launcher;
  return (
    <form class="item-form" aria-label="Settings" onSubmit={(e) => e.preventDefault()}>
      <fieldset class="field-group">
        <legend>Caps</legend>
        <NumberField
          label="Prompts per session"
          path={['limits', 'promptsPerSession']}
          min={0}
          hint="Default 1"
        />
        <NumberField
          label="Days between prompts"
          path={['limits', 'daysBetweenPrompts']}
          min={0}
          hint="Default 14"
        />
        <NumberField
          label="Days after a dismissal"
          path={['limits', 'dismissCooldownDays']}
          min={0}
          hint="Default 30"
        />
        <NumberField label="Per stage: at most" path={['limits', 'perStage', 'max']} min={0} />
        <NumberField label="Per stage: in days" path={['limits', 'perStage', 'days']} min={0} />
        <NumberField label="Per quality: at most" path={['limits', 'perQuality', 'max']} min={0} />
        <NumberField label="Per quality: in days" path={['limits', 'perQuality', 'days']} min={0} />
      </fieldset>
      <fieldset class="field-group">
        <legend>Appearance</legend>
        <SelectField
          label="Position"
          path={['appearance', 'position']}
          options={['bottom-right', 'bottom-left', 'top-right', 'top-left', 'bottom-center']}
          empty="Default (bottom-right)"
        />
        <SelectField
          label="Theme"
          path={['appearance', 'theme']}
          options={['auto', 'light', 'dark']}
          empty="Default (auto)"
        />
        <TextField label="Accent colour" path={['appearance', 'accent']} placeholder="#4f46e5" />
        <SelectField
          label="Language"
          path={['locale']}
          options={['auto', ...edit.languages]}
          empty="Default (auto)"
        />
      </fieldset>
      <fieldset class="field-group">
        <legend>Launcher tab</legend>
        <SelectField
          label="Opens"
          path={['appearance', 'launcher', 'survey']}
          options={p.items}
          empty="No launcher"
          write={(v) => edit.set(['appearance', 'launcher'], v ? { survey: v } : undefined)}
        />
        {launcher !== undefined && (
          <>
            <LocalizedField label="Tab label" path={['appearance', 'launcher', 'label']} />
            <SelectField
              label="Tab position"
              path={['appearance', 'launcher', 'position']}
              options={['right', 'left', 'bottom-right', 'bottom-left']}
              empty="Default (right)"
            />
          </>
        )}
      </fieldset>
      <fieldset class="field-group">
        <legend>Privacy</legend>
        <CheckField label="Anonymous (no visitor id)" path={['privacy', 'anonymous']} />
        <CheckField label="Ask for consent first" path={['privacy', 'requireConsent']} />
        <TextField label="Privacy policy URL" path={['privacy', 'policyUrl']} />
      </fieldset>
    </form>
  );
}
