import React, { type FC } from 'react';
import { Box, FormField, Input, RadioGroup, Text } from '@wix/design-system';
import { EXPIRY_PRESETS, latestExpiry, type ExpiryChoice, type ExpiryPresetId, type ResolvedExpiry } from './expiry';
import { viewsKit } from '../shared/load-views-kit';
import { parseDateText, parseTimeText, toDateText, toTimeText, wallTimeOf } from '../shared/time-zone';
import { linkPanelMessages } from './messages';
import { dataHooks } from '../shared/data-hooks';

type Props = {
  value: ExpiryChoice;
  onChange: (choice: ExpiryChoice) => void;
  resolved: ResolvedExpiry;
  now: Date;
  zone: string;
  locale: string;
};

const CUSTOM = 'custom';

/** Read when rendered: the catalog arrives after this module is loaded. */
const presetNames = (): Readonly<Record<ExpiryPresetId, string>> => ({
  '1h': linkPanelMessages.expiry1h,
  '1d': linkPanelMessages.expiry1d,
  '7d': linkPanelMessages.expiry7d,
  '30d': linkPanelMessages.expiry30d,
  '1y': linkPanelMessages.expiry1y,
});

/** A custom moment starts where the default preset would have ended, rounded to the next quarter hour. */
function seedCustom(now: Date, zone: string): ExpiryChoice {
  const quarter = 15 * 60_000;
  const seed = new Date(Math.ceil((now.getTime() + 7 * 24 * 3_600_000) / quarter) * quarter);
  const { year, month, day, hour, minute } = wallTimeOf(seed, zone);
  return { kind: 'custom', date: { year, month, day }, time: { hour, minute } };
}

// Native date and time fields (through WDS Input) give the wall-clock text the owner typed, with no Date in
// between to shift it by a zone; WDS DatePicker and TimeInput carry popover ARIA that axe reports as critical.

function summary(resolved: ResolvedExpiry, now: Date, zone: string, locale: string): string {
  const { formatMoment, formatRelative } = viewsKit();
  if (resolved.ok) return linkPanelMessages.expiresAt({ moment: formatMoment(resolved.at, locale, zone), relative: formatRelative(resolved.at, now, locale) });
  if (resolved.reason === 'missing-date') return linkPanelMessages.expiryMissingDate;
  if (resolved.reason === 'in-the-past') return linkPanelMessages.expiryInThePast;
  return linkPanelMessages.expiryTooFar({ latest: formatMoment(latestExpiry(now), locale, zone) });
}

export const ExpiryField: FC<Props> = ({ value, onChange, resolved, now, zone, locale }) => {
  const selected = value.kind === 'preset' ? value.preset : CUSTOM;
  return (
    <FormField label={linkPanelMessages.expiryLabel} dataHook={dataHooks.expiryField}>
      <Box direction="vertical" gap="SP3">
        <RadioGroup
          dataHook={dataHooks.expiryPresets}
          value={selected}
          onChange={(id) =>
            onChange(id === CUSTOM ? seedCustom(now, zone) : { kind: 'preset', preset: id as ExpiryPresetId })
          }
        >
          {EXPIRY_PRESETS.map((preset) => (
            <RadioGroup.Radio key={preset.id} value={preset.id}>
              {presetNames()[preset.id]}
            </RadioGroup.Radio>
          ))}
          <RadioGroup.Radio value={CUSTOM}>{linkPanelMessages.expiryCustom}</RadioGroup.Radio>
        </RadioGroup>
        {value.kind === 'custom' && (
          <Box gap="SP2">
            <Input
              type="date"
              dataHook={dataHooks.expiryDate}
              ariaLabel={linkPanelMessages.expiryDate}
              value={value.date ? toDateText(value.date) : ''}
              onChange={(e) => onChange({ ...value, date: parseDateText(e.target.value) })}
            />
            <Input
              type="time"
              dataHook={dataHooks.expiryTime}
              ariaLabel={linkPanelMessages.expiryTime}
              value={toTimeText(value.time)}
              onChange={(e) => onChange({ ...value, time: parseTimeText(e.target.value) ?? value.time })}
            />
          </Box>
        )}
        <Text size="small" dataHook={dataHooks.expirySummary} skin={resolved.ok ? 'standard' : 'error'} aria-live="polite">
          {summary(resolved, now, zone, locale)}
        </Text>
      </Box>
    </FormField>
  );
};
