import Typography from '@mui/material/Typography';
import { moneyLabel } from '@pioneer/engine';
import { useFieldValue, type FieldProps } from 'react-admin';
import { useLang } from './useLang';

/** Integer fen shown as yuan with thousands separators (万元 in Chinese when it is whole). */
export function MoneyField(props: FieldProps) {
  const value = useFieldValue(props);
  const lang = useLang();
  if (typeof value !== 'number') return <Typography component="span" variant="body2" color="text.secondary">—</Typography>;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }} data-fen={value}>
      {moneyLabel(value)[lang]}
    </Typography>
  );
}
