import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import HelpIcon from '@mui/icons-material/Help';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { moneyLabel, traceMessage, type Decision, type Lang } from '@pioneer/engine';
import { useTranslate } from 'react-admin';

const DECISION_COLOURS = {
  eligible: 'success',
  ineligible: 'error',
  invalid: 'error',
  'not-accepted': 'warning',
  'to-be-completed': 'warning',
  'not-selected': 'default',
} as const;

function AwardLine({ decision, lang }: { decision: Decision; lang: Lang }) {
  const translate = useTranslate();
  const award = decision.award;
  if (!award) return null;
  const amount =
    award.amount !== null
      ? moneyLabel(award.amount)[lang]
      : award.range
        ? `${moneyLabel(award.range.min)[lang]} – ${moneyLabel(award.range.max)[lang]}`
        : '—';
  return (
    <Typography variant="body1" sx={{ my: 1 }}>
      {translate('pioneer.decision.award')}: <strong>{award.benefit ? award.benefit.label[lang] : amount}</strong>
      {award.shares?.map((share) => ` · ${share.label[lang]} ${moneyLabel(share.amount)[lang]}`).join('')}
    </Typography>
  );
}

/**
 * The engine's decision as reviewers and applicants see it: outcome, award, each rule with its
 * reason, and the trace of every step (version, rates, caps, policy-wide cuts).
 */
export function DecisionPanel({ decision, lang }: { decision: Decision | null | undefined; lang: Lang }) {
  const translate = useTranslate();
  if (!decision) return <Typography color="text.secondary">{translate('pioneer.decision.none')}</Typography>;
  return (
    <Box data-testid="decision">
      <Chip
        label={translate(`pioneer.decision.${decision.status}`, { _: decision.status })}
        color={DECISION_COLOURS[decision.status] ?? 'default'}
      />
      <Typography variant="caption" color="text.secondary" sx={{ ml: 1 }}>
        {translate('pioneer.decision.version', { version: decision.version ?? '—', asOf: decision.asOf })}
      </Typography>
      <AwardLine decision={decision} lang={lang} />
      {decision.errors.map((issue) => (
        <Typography key={`${issue.pointer}-${issue.keyword}`} variant="body2" color="error">
          {issue.message[lang]}
        </Typography>
      ))}
      {decision.rules.map((rule) => (
        <Box key={rule.code} sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.25 }}>
          {rule.passed === true ? (
            <CheckCircleIcon color="success" fontSize="small" />
          ) : rule.passed === false ? (
            <CancelIcon color="error" fontSize="small" />
          ) : (
            <HelpIcon color="disabled" fontSize="small" />
          )}
          <Typography variant="body2">
            {rule.label[lang]}
            {rule.passed === false && rule.reason ? ` — ${rule.reason[lang]}` : ''}
          </Typography>
        </Box>
      ))}
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        {translate('pioneer.decision.trace')}
      </Typography>
      <Box component="ol" sx={{ m: 0, pl: 3 }}>
        {decision.trace.map((line, index) => (
          <Typography component="li" variant="body2" key={index}>
            <Typography component="span" variant="caption" color="text.secondary">
              {translate(`pioneer.decision.step.${line.step}`, { _: line.step })}
            </Typography>{' '}
            {traceMessage(line)[lang]}
          </Typography>
        ))}
      </Box>
    </Box>
  );
}
