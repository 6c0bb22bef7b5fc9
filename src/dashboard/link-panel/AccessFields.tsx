import React, { type FC } from 'react';
import { Box, FormField, RadioGroup } from '@wix/design-system';
import { MAX_MAX_DOWNLOADS, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../common/limits';
import type { LinkKind } from '../../common/share-links';
import type { FormErrors, FormValues } from './form-values';
import { linkPanelMessages as m } from './messages';
import { TextField } from './TextField';
import { dataHooks } from '../shared/data-hooks';

type Props = {
  values: FormValues;
  errors: FormErrors;
  onChange: (change: Partial<FormValues>) => void;
};

/** Which kind of link to make; a secure link's optional limit and password show only when it is chosen. */
export const KindField: FC<Props> = ({ values, onChange }) => (
  <FormField label={m.kindLabel}>
    <RadioGroup dataHook={dataHooks.linkKind} value={values.kind} onChange={(kind) => onChange({ kind: kind as LinkKind })}>
      <RadioGroup.Radio value="SECURE">{m.kindSecure}</RadioGroup.Radio>
      <RadioGroup.Radio value="DIRECT">{m.kindDirect}</RadioGroup.Radio>
    </RadioGroup>
  </FormField>
);

export const SecureFields: FC<Props> = ({ values, errors, onChange }) =>
  values.kind === 'SECURE' ? (
    <Box direction="vertical" gap="SP4">
      <TextField
        id={dataHooks.maxDownloadsInput}
        label={m.maxDownloadsLabel}
        placeholder={m.maxDownloadsPlaceholder}
        inputMode="numeric"
        value={values.maxDownloads}
        onChange={(maxDownloads) => onChange({ maxDownloads })}
        help={m.maxDownloadsHelp}
        error={errors.maxDownloads ? m.maxDownloadsInvalid({ max: MAX_MAX_DOWNLOADS }) : undefined}
      />
      <TextField
        id={dataHooks.passwordInput}
        label={m.passwordLabel}
        type="password"
        autoComplete="new-password"
        value={values.password}
        onChange={(password) => onChange({ password })}
        help={m.passwordHelp}
        error={errors.password ? m.passwordInvalid({ min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH }) : undefined}
      />
    </Box>
  ) : null;
