import React, { type FC } from 'react';
import { Box, DatePicker, FormField, RadioGroup, Text, TimeInput } from '@wix/design-system';
import { EXPIRY_PRESETS, latestExpiry, type ExpiryChoice, type ExpiryPresetId, type ResolvedExpiry } from '../../common/expiry';
import { formatMoment, formatRelative } from '../../common/format';
import { wallTimeOf } from '../../common/time-zone';
import { messages } from '../messages';

type Props = {
  value: ExpiryChoice;
  onChange: (choice: ExpiryChoice) => void;
  resolved: ResolvedExpiry;
  now: Date;
  zone: string;
  locale: string;
};

const CUSTOM = 'custom';

/** A custom moment starts where the default preset would have ended, rounded to the next quarter hour. */
function seedCustom(now: Date, zone: string): ExpiryChoice {
  const quarter = 15 * 60_000;
  const seed = new Date(Math.ceil((now.getTime() + 7 * 24 * 3_600_000) / quarter) * quarter);
  const { year, month, day, hour, minute } = wallTimeOf(seed, zone);
  return { kind: 'custom', date: { year, month, day }, time: { hour, minute } };
}

// WDS pickers hold local Dates; the page runs in the owner's zone, so their local fields are the owner's wall time.
const pickerDate = (d: { year: number; month: number; day: number } | null) => (d ? new Date(d.year, d.month - 1, d.day) : undefined);
const pickerTime = (t: { hour: number; minute: number }) => new Date(2000, 0, 1, t.hour, t.minute);

function summary(resolved: ResolvedExpiry, now: Date, zone: string, locale: string): string {
  if (resolved.ok) return messages.form.expiresAt(formatMoment(resolved.at, locale, zone), formatRelative(resolved.at, now, locale));
  if (resolved.reason === 'missing-date') return messages.form.expiryMissingDate;
  if (resolved.reason === 'in-the-past') return messages.form.expiryInThePast;
  return messages.form.expiryTooFar(formatMoment(latestExpiry(now), locale, zone));
}

export const ExpiryField: FC<Props> = ({ value, onChange, resolved, now, zone, locale }) => {
  const selected = value.kind === 'preset' ? value.preset : CUSTOM;
  const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const latest = latestExpiry(now);
  return (
    <FormField label={messages.form.expiryLabel} dataHook="expiry-field">
      <Box direction="vertical" gap="SP3">
        <RadioGroup
          dataHook="expiry-presets"
          value={selected}
          onChange={(id) =>
            onChange(id === CUSTOM ? seedCustom(now, zone) : { kind: 'preset', preset: id as ExpiryPresetId })
          }
        >
          {EXPIRY_PRESETS.map((preset) => (
            <RadioGroup.Radio key={preset.id} value={preset.id}>
              {messages.form.presets[preset.id]}
            </RadioGroup.Radio>
          ))}
          <RadioGroup.Radio value={CUSTOM}>{messages.form.custom}</RadioGroup.Radio>
        </RadioGroup>
        {value.kind === 'custom' && (
          <Box gap="SP2">
            <DatePicker
              dataHook="expiry-date"
              inputProps={{ ariaLabel: messages.form.customDate }}
              value={pickerDate(value.date)}
              filterDate={(d) => d >= startOfToday && d <= latest}
              onChange={(d) =>
                onChange({ ...value, date: d ? { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() } : null })
              }
              width="170px"
            />
            <TimeInput
              dataHook="expiry-time"
              value={pickerTime(value.time)}
              step={15}
              width="130px"
              onChange={({ date }) => date && onChange({ ...value, time: { hour: date.getHours(), minute: date.getMinutes() } })}
            />
          </Box>
        )}
        <Text size="small" dataHook="expiry-summary" skin={resolved.ok ? 'standard' : 'error'} aria-live="polite">
          {summary(resolved, now, zone, locale)}
        </Text>
      </Box>
    </FormField>
  );
};
