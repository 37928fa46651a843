import { Alert, Button, Card, CardContent, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { Label } from '@pioneer/engine';
import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useLang } from '../applications/useLang';
import { NewMeasureDialog, type PolicyChoices } from './NewMeasureDialog';
import { failureText, studio } from './studio-client';
import { FAMILY_NAMES } from './studio-messages';
import { useStudioText } from './useStudioText';

interface MeasureRow {
  code: string;
  name: Label;
  family: string;
  clause: string;
  file: string;
  modifiedAt: string;
  versions: Array<{ version: string; effectiveFrom: string; effectiveTo?: string }>;
  cases: number;
}
interface PolicyRow extends PolicyChoices {
  file: string;
  modifiedAt: string;
  validity: { from: string; to?: string };
  measures: MeasureRow[];
}

/** The studio's start: every policy file and measure file, with versions, effective dates and cases. */
export function StudioList() {
  const lang = useLang();
  const t = useStudioText();
  const [policies, setPolicies] = useState<PolicyRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    studio.policies().then(
      (rows) => setPolicies(rows as unknown as PolicyRow[]),
      (failure) => setError(failureText(failure, lang)),
    );
  }, [lang]);
  if (error)
    return (
      <Alert severity="error" sx={{ m: 2, whiteSpace: 'pre-line' }}>
        {error}
      </Alert>
    );
  if (!policies) return <Typography sx={{ m: 2 }}>{t('loading')}</Typography>;
  return (
    <>
      <Typography variant="h5" sx={{ m: 2 }}>
        {t('title')}
      </Typography>
      <Button variant="outlined" sx={{ mx: 2 }} onClick={() => setCreating(true)} data-testid="studio-new-measure">
        {t('newMeasure')}
      </Button>
      {creating && <NewMeasureDialog policies={policies} onClose={() => setCreating(false)} />}
      {policies.map((policy) => (
        <Card key={policy.code} sx={{ m: 2 }}>
          <CardContent>
            <Typography variant="h6">{policy.name[lang]}</Typography>
            <Typography variant="body2" color="text.secondary">
              {t('policy')}: {policy.file} · {t('validity')}: {policy.validity.from} – {policy.validity.to ?? '…'} · {t('modified')}:{' '}
              {policy.modifiedAt.slice(0, 10)}
            </Typography>
            <Table size="small" data-testid="studio-measures">
              <TableHead>
                <TableRow>
                  {(['measure', 'family', 'versions', 'cases', 'modified'] as const).map((key) => (
                    <TableCell key={key}>{t(key)}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {policy.measures.map((m) => (
                  <TableRow key={m.code} data-measure={m.code}>
                    <TableCell>
                      <Link component={RouterLink} to={`/studio/${m.code}`}>
                        ({m.clause}) {m.name[lang]}
                      </Link>
                    </TableCell>
                    <TableCell>{FAMILY_NAMES[m.family]?.[lang] ?? m.family}</TableCell>
                    <TableCell>{m.versions.map((v) => `${v.version}: ${v.effectiveFrom} – ${v.effectiveTo ?? '…'}`).join('; ')}</TableCell>
                    <TableCell>{m.cases}</TableCell>
                    <TableCell>{m.modifiedAt.slice(0, 10)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      ))}
    </>
  );
}
