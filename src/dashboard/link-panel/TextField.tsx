import React, { type FC } from 'react';
import { FormField, Input } from '@wix/design-system';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the field; replaced by `error` when the value is invalid. */
  help: string;
  error?: string;
  placeholder?: string;
  type?: 'text' | 'password';
  inputMode?: 'numeric';
  autoComplete?: string;
};

/** A labelled text input whose help line turns into the error sentence when the value is wrong. */
export const TextField: FC<Props> = ({ id, label, value, onChange, help, error, placeholder, type, inputMode, autoComplete }) => (
  <FormField label={label} id={id} status={error ? 'error' : undefined} statusMessage={error ?? help}>
    <Input
      id={id}
      dataHook={id}
      placeholder={placeholder}
      type={type}
      inputmode={inputMode}
      autocomplete={autoComplete}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      status={error ? 'error' : undefined}
    />
  </FormField>
);
