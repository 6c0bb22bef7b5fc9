import React, { type FC } from 'react';
import { Checkbox } from '@wix/design-system';

// WDS has no visually-hidden helper; this is the usual clip pattern that keeps text for screen readers only.
const visuallyHidden: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
};

type Props = { label: string; checked: boolean; onChange: (checked: boolean) => void; dataHook: string };

/** A selection checkbox with a spoken name ("Select Logo.png"): the WDS Table's own checkboxes have none. */
// No indeterminate state: WDS renders it as aria-checked="mixed" on a native checkbox, which axe rejects.
export const SelectCheckbox: FC<Props> = ({ label, checked, onChange, dataHook }) => (
  <Checkbox dataHook={dataHook} checked={checked} onChange={(e) => onChange(e.target.checked)}>
    <span style={visuallyHidden}>{label}</span>
  </Checkbox>
);
