import React from 'react';
import { Box, SegmentedToggle } from '@wix/design-system';
import { choicesPerRow } from './choices-per-row';
import { pageMessages } from './messages';
import { choiceHook } from './data-hooks';

type Props<Id extends string> = {
  dataHook: string;
  label: string;
  choices: readonly Id[];
  names: Record<Id, string>;
  selected: Id;
  onSelect: (id: Id) => void;
  /** The width in pixels the toggle has: choices wrap onto more rows where their labels would not fit. */
  width?: number;
  /** Or at most this many choices per row; all on one row when neither is given. */
  perRow?: number;
};

/**
 * One filter as a segmented toggle. Chosen over WDS Dropdown/PopoverMenu: in WDS 1.328 both put popup ARIA
 * attributes where axe reports them as critical, and a toggle shows every choice at once.
 */
export function FilterToggle<Id extends string>({ dataHook, label, choices, names, selected, onSelect, width, perRow: fixedPerRow }: Props<Id>) {
  const toggle = (row: readonly Id[], index: number, rows: number) => (
    <SegmentedToggle
      key={row.join()}
      dataHook={index === 0 ? dataHook : choiceHook(dataHook, 'more')}
      size="small"
      fullWidth
      ariaLabel={rows > 1 ? pageMessages.filterRowLabel({ filter: label, row: index + 1, rows }) : label}
      selected={selected}
      onClick={(_, value) => onSelect(value as Id)}
    >
      {row.map((id) => (
        <SegmentedToggle.Button key={id} value={id} dataHook={choiceHook(dataHook, id)}>
          {names[id]}
        </SegmentedToggle.Button>
      ))}
    </SegmentedToggle>
  );
  const perRow = fixedPerRow ?? (width === undefined ? choices.length : choicesPerRow(width, choices.map((id) => names[id])));
  if (perRow >= choices.length) return toggle(choices, 0, 1);
  // Where the list is narrow or the words long, the choices wrap onto several rows that share one selection, so
  // every label stays readable instead of shrinking to "A…".
  const rows = chunk(choices, Math.ceil(choices.length / Math.ceil(choices.length / perRow)));
  return (
    <Box direction="vertical" gap="SP1">
      {rows.map((row, index) => toggle(row, index, rows.length))}
    </Box>
  );
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}
