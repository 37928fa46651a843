import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { MeasureCatalogueEntry } from '@pioneer/sdk';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useLang } from '../applications/useLang';
import { backoffice } from '../providers/providers';
import { useMove } from './useMove';

type Rubric = NonNullable<MeasureCatalogueEntry['rubric']>;

/** The measure's rubric as a form: one score per criterion on its scale, with its weight and description. */
export function RubricForm({ id, rubric }: { id: string; rubric: Rubric }) {
  const translate = useTranslate();
  const lang = useLang();
  const { busy, run } = useMove();
  const [scores, setScores] = useState<Record<string, number | ''>>(Object.fromEntries(rubric.criteria.map((c) => [c.code, ''])));
  const [comment, setComment] = useState('');
  const scale = Array.from({ length: rubric.scale.max - rubric.scale.min + 1 }, (_, i) => rubric.scale.min + i);
  const complete = rubric.criteria.every((c) => scores[c.code] !== '');
  return (
    <Stack spacing={2} data-testid="rubric-form">
      {rubric.criteria.map((c) => (
        <TextField
          key={c.code}
          select
          name={`score-${c.code}`}
          label={`${c.label[lang]} (${translate('pioneer.review.weight', { weight: c.weight })})`}
          helperText={c.description[lang]}
          value={scores[c.code]}
          onChange={(e) => setScores({ ...scores, [c.code]: Number(e.target.value) })}
          slotProps={{ select: { inputProps: { 'data-criterion': c.code } } }}
        >
          {scale.map((value) => (
            <MenuItem key={value} value={value}>
              {value}
            </MenuItem>
          ))}
        </TextField>
      ))}
      <TextField
        name="comment"
        label={translate('pioneer.review.comment')}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        multiline
        minRows={2}
      />
      <Button
        variant="contained"
        disabled={busy || !complete}
        data-action="score"
        onClick={() =>
          run(() => backoffice.score(id, scores as Record<string, number>, comment.trim() || undefined), 'pioneer.review.scored')
        }
      >
        {translate('pioneer.review.submit_scores')}
      </Button>
    </Stack>
  );
}
