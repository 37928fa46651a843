import { Box, Button, MenuItem, TextField } from '@mui/material';
import { useRef, useState } from 'react';
import { useLang } from '../applications/useLang';
import { ClauseRow } from './ClauseRow';
import type { ConditionDraft, NamedOperand } from './rule-condition';
import { OPERATOR_TEXT } from './rule-messages';
import { useStudioText } from './useStudioText';

/** A condition from choices: one or more clauses, all of which or any of which must hold. */
export function ConditionBuilder({ draft, operands, onChange }: { draft: ConditionDraft; operands: NamedOperand[]; onChange: (draft: ConditionDraft) => void }) {
  const lang = useLang();
  const t = useStudioText();
  // A key per clause, so removing one keeps what is typed in the others (the draft starts with one clause).
  const next = useRef(draft.clauses.length);
  const [keys, setKeys] = useState(() => draft.clauses.map((_, i) => i));
  const setClause = (i: number, clause: ConditionDraft['clauses'][number] | null) => {
    if (!clause) setKeys(keys.filter((_, j) => j !== i));
    onChange({ ...draft, clauses: clause ? draft.clauses.map((c, j) => (j === i ? clause : c)) : draft.clauses.filter((_, j) => j !== i) });
  };
  const addClause = () => {
    setKeys([...keys, next.current++]);
    onChange({ ...draft, clauses: [...draft.clauses, { operator: '==' }] });
  };
  return (
    <Box>
      {draft.clauses.length > 1 && (
        <TextField select size="small" label={t('join')} value={draft.join} onChange={(e) => onChange({ ...draft, join: e.target.value as 'and' | 'or' })} sx={{ minWidth: 160, mt: 1 }}>
          {(['and', 'or'] as const).map((j) => (
            <MenuItem key={j} value={j}>
              {OPERATOR_TEXT[j][lang]}
            </MenuItem>
          ))}
        </TextField>
      )}
      {draft.clauses.map((clause, i) => (
        <Box key={keys[i]} data-testid={`clause-${i}`}>
          <ClauseRow clause={clause} operands={operands} onChange={(c) => setClause(i, c)} onRemove={draft.clauses.length > 1 ? () => setClause(i, null) : undefined} />
        </Box>
      ))}
      <Button size="small" onClick={addClause}>
        {t('addClause')}
      </Button>
    </Box>
  );
}
