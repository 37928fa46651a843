import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { can } from '../auth/permissions';
import { useCatalogue } from '../dashboard/useCatalogue';
import { ApprovalPanel } from './ApprovalPanel';
import { AuditHistory } from './AuditHistory';
import { PaymentPanel } from './PaymentPanel';
import { ReasonAction } from './ReasonAction';
import { AssignReviewers, ReviewerWork } from './ReviewPanel';
import { backoffice } from '../providers/providers';

/** The work this role can do on the application in its current status: nothing is shown that the API would refuse. */
function NextStep() {
  const record = useRecordContext();
  const { permissions: role } = usePermissions<string>();
  const { measures } = useCatalogue();
  if (!record) return null;
  const measure = measures?.find((m) => m.code === record.measure);
  const id = String(record.id);
  const status = String(record.status);
  if (can(role, 'assignReviewers') && (status === 'submitted' || status === 'under-review')) {
    return (
      <Stack spacing={2}>
        <AssignReviewers id={id} />
        <ReasonAction action="return" label="pioneer.review.return" onConfirm={(reason) => backoffice.act(id, 'return', { reason })} />
      </Stack>
    );
  }
  if (can(role, 'review') && status === 'under-review') return <ReviewerWork id={id} measure={measure} />;
  if (can(role, 'approve') && status === 'scored') return <ApprovalPanel record={record} measure={measure} />;
  if (can(role, 'pay') && status === 'approved') return <PaymentPanel record={record} />;
  return <NothingToDo />;
}

function NothingToDo() {
  const translate = useTranslate();
  return <Typography color="text.secondary">{translate('pioneer.review.nothing')}</Typography>;
}

/** Below an application: the next step for this role (review, approval, payment), then the audit history. */
export function WorkflowPanel() {
  const translate = useTranslate();
  const record = useRecordContext();
  if (!record || record.status === 'draft') return null;
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Card variant="outlined" data-testid="next-step">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate('pioneer.review.next_step')}
          </Typography>
          <NextStep />
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate('pioneer.audit.title')}
            {record.number ? ` · ${record.number}` : ''}
          </Typography>
          <AuditHistory id={String(record.id)} />
        </CardContent>
      </Card>
    </Stack>
  );
}
