/**
 * A link's QR code. A chunk of its own together with the `qrcode` library (features load it with `chunkLoader`
 * when an owner asks for a code), so neither the first load nor the link panel's chunk carries it.
 */
import React, { useEffect, useState, type FC } from 'react';
import { toDataURL } from 'qrcode';
import { Box, Image, Loader, Text } from '@wix/design-system';
import { pageMessages } from './messages';
import { useLatestOnly } from './use-latest-only';
import { dataHooks } from './data-hooks';

export const QrCode: FC<{ url: string; fileName: string }> = ({ url, fileName }) => {
  const [state, setState] = useState<{ src?: string; failed?: boolean }>({});
  const latest = useLatestOnly();
  useEffect(() => {
    const current = latest.begin();
    toDataURL(url, { errorCorrectionLevel: 'M', margin: 1, width: 200 })
      .then((src) => current() && setState({ src }))
      .catch(() => current() && setState({ failed: true }));
    return latest.invalidate;
  }, [url, latest]);
  if (state.failed) return <Text size="small" skin="error">{pageMessages.qrFailed}</Text>;
  if (!state.src) return <Loader size="tiny" />;
  return (
    <Box dataHook={dataHooks.qrCode}>
      <Image src={state.src} alt={pageMessages.qrAlt({ fileName })} width={200} height={200} fit="contain" />
    </Box>
  );
};

