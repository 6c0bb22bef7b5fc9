import React from 'react';
import { SegmentedToggle } from '@wix/design-system';

type Props<Id extends string> = {
  dataHook: string;
  label: string;
  choices: readonly Id[];
  names: Record<Id, string>;
  selected: Id;
  onSelect: (id: Id) => void;
};

/**
 * One filter as a segmented toggle. Chosen over WDS Dropdown/PopoverMenu: in WDS 1.328 both put popup ARIA
 * attributes where axe reports them as critical, and a toggle shows every choice at once.
 */
export function FilterToggle<Id extends string>({ dataHook, label, choices, names, selected, onSelect }: Props<Id>) {
  return (
    <SegmentedToggle
      dataHook={dataHook}
      size="small"
      fullWidth
      ariaLabel={label}
      selected={selected}
      onClick={(_, value) => onSelect(value as Id)}
    >
      {choices.map((id) => (
        <SegmentedToggle.Button key={id} value={id} dataHook={`${dataHook}-${id}`}>
          {names[id]}
        </SegmentedToggle.Button>
      ))}
    </SegmentedToggle>
  );
}
