import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { MeasureCatalogueEntry } from '@pioneer/sdk';
import { useTranslate } from 'react-admin';
import { useLang } from '../applications/useLang';
import { districtLabels } from './useCatalogue';

/** Staff narrow the dashboard to one district (`GET /api/statistics?district=`); empty: every district. */
export function DistrictPicker({
  measures,
  value,
  onChange,
}: {
  measures: MeasureCatalogueEntry[] | null;
  value: string | undefined;
  onChange: (district: string | undefined) => void;
}) {
  const translate = useTranslate();
  const lang = useLang();
  const districts = [...districtLabels(measures)];
  return (
    <TextField
      select
      size="small"
      label={translate('pioneer.dashboard.district')}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      data-testid="district-picker"
      sx={{ width: 200, flex: 'none' }}
    >
      <MenuItem value="">{translate('pioneer.dashboard.all_districts')}</MenuItem>
      {districts.map(([code, label]) => (
        <MenuItem key={code} value={code}>
          {label[lang]}
        </MenuItem>
      ))}
    </TextField>
  );
}
