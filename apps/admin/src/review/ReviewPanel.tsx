import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { MeasureCatalogueEntry } from '@pioneer/sdk';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useGetIdentity, useTranslate } from 'react-admin';
import { backoffice } from '../providers/providers';
import { ReasonAction } from './ReasonAction';
import { RubricForm } from './RubricForm';
import { useMove } from './useMove';

/** An admin assigns reviewers by their accounts (`user:<name>` for signed-in reviewers). */
export function AssignReviewers({ id }: { id: string }) {
  const translate = useTranslate();
  const { busy, run } = useMove();
  const [accounts, setAccounts] = useState('');
  const list = accounts.split(/[,，\s]+/).filter(Boolean);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <TextField
        name="reviewers"
        size="small"
        label={translate('pioneer.review.reviewers')}
        helperText={translate('pioneer.review.reviewers_help')}
        value={accounts}
        onChange={(e) => setAccounts(e.target.value)}
        sx={{ flex: 1 }}
      />
      <Button
        variant="contained"
        disabled={busy || list.length === 0}
        data-action="assign"
        onClick={() => run(() => backoffice.assign(id, list), 'pioneer.review.assigned')}
      >
        {translate('pioneer.review.assign')}
      </Button>
    </Stack>
  );
}

/**
 * The assigned reviewer's work: first the conflict-of-interest declaration, then the rubric's
 * scores (or, without a rubric, a recommendation of the engine's amount); or a return for correction.
 */
export function ReviewerWork({ id, measure }: { id: string; measure: MeasureCatalogueEntry | undefined }) {
  const translate = useTranslate();
  const { data: identity } = useGetIdentity();
  const { busy, run } = useMove();
  const { data: assignments, error } = useQuery({ queryKey: ['pioneer', 'review', id], queryFn: () => backoffice.review(id) });
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!assignments || !identity) return null;
  const mine = assignments.find((a) => a.reviewer === `user:${identity.id}`);
  const returnAction = (
    <ReasonAction action="return" label="pioneer.review.return" onConfirm={(reason) => backoffice.act(id, 'return', { reason })} />
  );
  if (!mine) return <Typography color="text.secondary">{translate('pioneer.review.not_assigned')}</Typography>;
  if (mine.conflict === null) {
    return (
      <Stack spacing={1} data-testid="conflict-declaration">
        <Typography variant="body2">{translate('pioneer.review.declare_help')}</Typography>
        <Stack direction="row" spacing={1}>
          <Button
            variant="contained"
            disabled={busy}
            data-action="declare-none"
            onClick={() => run(() => backoffice.declare(id, { conflict: false }), 'pioneer.review.declared')}
          >
            {translate('pioneer.review.no_conflict')}
          </Button>
          <Button
            variant="outlined"
            color="warning"
            disabled={busy}
            data-action="declare-conflict"
            onClick={() => run(() => backoffice.declare(id, { conflict: true }), 'pioneer.review.declared')}
          >
            {translate('pioneer.review.conflict')}
          </Button>
        </Stack>
      </Stack>
    );
  }
  if (mine.conflict) return <Alert severity="info">{translate('pioneer.review.recused')}</Alert>;
  if (mine.scoredAt) return <Alert severity="success">{translate('pioneer.review.already_scored')}</Alert>;
  return (
    <Stack spacing={2}>
      {measure?.rubric ? (
        <RubricForm id={id} rubric={measure.rubric} />
      ) : (
        <Button
          variant="contained"
          disabled={busy}
          data-action="recommend"
          onClick={() => run(() => backoffice.act(id, 'recommendation'), 'pioneer.review.recommended')}
        >
          {translate('pioneer.review.recommend')}
        </Button>
      )}
      {returnAction}
    </Stack>
  );
}
