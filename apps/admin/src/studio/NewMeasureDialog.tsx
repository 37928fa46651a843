import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import type { Label } from '@pioneer/engine';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useLang } from '../applications/useLang';
import { type StagedMeasure, stageMeasure } from './staged-measures';
import { failureText, studio } from './studio-client';
import { FAMILY_NAMES } from './studio-messages';
import { useStudioText } from './useStudioText';

type Choice = { code: string; label: Label };
/** A policy as the list gives it, with what a new measure may choose from its file. */
export interface PolicyChoices {
  code: string;
  name: Label;
  choices: { families: string[]; sections: Choice[]; units: Choice[]; budgets: Choice[]; exclusivityGroups: Choice[] };
}

/**
 * New measure: the scaffold's template of a family, with the section, units, budget and
 * exclusivity group chosen from the policy file; the staged measure then opens in the studio.
 */
export function NewMeasureDialog({ policies, onClose }: { policies: PolicyChoices[]; onClose: () => void }) {
  const lang = useLang();
  const t = useStudioText();
  const navigate = useNavigate();
  const [form, setForm] = useState({ policy: policies[0]?.code ?? '', code: '', family: '', section: '', units: [] as string[], budget: '', exclusivityGroup: '' });
  const [failure, setFailure] = useState<string | null>(null);
  const policy = policies.find((p) => p.code === form.policy);
  const set = (key: keyof typeof form) => (e: { target: { value: unknown } }) => setForm({ ...form, [key]: e.target.value });
  const select = (key: keyof typeof form, label: string, options: Array<{ value: string; text: string }>, optional = false) => (
    <TextField select size="small" label={label} value={form[key]} onChange={set(key)} slotProps={{ htmlInput: { 'data-testid': `new-${key}` }, select: { multiple: key === 'units' } }}>
      {optional && <MenuItem value="">{t('none')}</MenuItem>}
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value} data-value={o.value}>
          {o.text}
        </MenuItem>
      ))}
    </TextField>
  );
  const labelled = (list: Choice[] = []) => list.map((c) => ({ value: c.code, text: `${c.label?.[lang] ?? c.code} (${c.code})` }));
  const create = async () => {
    const { policy: code, budget, exclusivityGroup, ...rest } = form;
    try {
      const staged = (await studio.newMeasure(code, {
        ...rest,
        ...(budget ? { budget } : {}),
        ...(exclusivityGroup ? { exclusivityGroup } : {}),
      })) as unknown as StagedMeasure;
      stageMeasure(staged);
      navigate(`/studio/${staged.code}`);
    } catch (error) {
      setFailure(failureText(error, lang));
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('newMeasure')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }} data-testid="new-measure">
          {select('policy', t('policy'), policies.map((p) => ({ value: p.code, text: p.name[lang] })))}
          <TextField size="small" label={t('code')} value={form.code} onChange={set('code')} slotProps={{ htmlInput: { 'data-testid': 'new-code' } }} />
          {select('family', t('family'), (policy?.choices.families ?? []).map((f) => ({ value: f, text: FAMILY_NAMES[f]?.[lang] ?? f })))}
          {select('section', t('section'), labelled(policy?.choices.sections))}
          {select('units', t('units'), labelled(policy?.choices.units))}
          {select('budget', t('budget'), labelled(policy?.choices.budgets), true)}
          {select('exclusivityGroup', t('exclusivityGroup'), labelled(policy?.choices.exclusivityGroups), true)}
          {failure && (
            <Alert severity="error" sx={{ whiteSpace: 'pre-line' }}>
              {failure}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('cancel')}</Button>
        <Button variant="contained" onClick={create} data-testid="new-create">
          {t('create')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
