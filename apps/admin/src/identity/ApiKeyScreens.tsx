import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Button, Confirm, Create, Datagrid, FunctionField, List, type RaRecord, required, SearchInput, SelectInput, SimpleForm, TextField, TextInput, useNotify, useRecordContext, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { DateTimeField } from '../applications/DateFields';
import { ListEmpty, ListError, ListNoMatch, ListPagination } from '../lists';
import { useRegistryChoices } from './useRegistryChoices';

/** Revokes a key after a confirmation: every later request with it is refused. */
function RevokeKeyButton() {
  const record = useRecordContext();
  const [open, setOpen] = useState(false);
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record || record.revokedAt) return null;
  const revoke = () =>
    update('api-keys', { id: record.id, data: {}, previousData: record }, {
      mutationMode: 'pessimistic',
      onSuccess: () => {
        setOpen(false);
        notify('pioneer.identity.key_revoked', { type: 'success' });
        refresh();
      },
      onError: (error) => notify((error as Error).message, { type: 'error' }),
    });
  return (
    <>
      <Button label="pioneer.identity.revoke" color="error" onClick={(e) => (e.stopPropagation(), setOpen(true))} data-testid="revoke-key" />
      <Confirm isOpen={open} loading={isPending} title="pioneer.identity.revoke_title" content="pioneer.identity.revoke_content" translateOptions={{ name: record.name }} onConfirm={revoke} onClose={() => setOpen(false)} />
    </>
  );
}

/** District portals' keys: never the key itself, only its first characters; revoked ones stay listed; searched by name, prefix or district. */
export function ApiKeyList() {
  const translate = useTranslate();
  const { name } = useRegistryChoices();
  const search = <SearchInput key="q" source="q" alwaysOn placeholder={translate('pioneer.list.search_api_keys')} />;
  return (
    <List exporter={false} filters={[search]} error={<ListError />} empty={<ListEmpty />} pagination={<ListPagination />}>
      <Datagrid bulkActionButtons={false} rowClick={false} empty={<ListNoMatch />}>
        <TextField source="name" sortable={false} />
        <TextField source="prefix" sortable={false} />
        <FunctionField source="district" sortable={false} render={(record) => name('district', record.district)} />
        <TextField source="createdBy" sortable={false} />
        <DateTimeField source="createdAt" sortable={false} />
        <FunctionField source="revokedAt" sortable={false} render={(record) => (record.revokedAt ? translate('pioneer.identity.revoked') : translate('pioneer.identity.in_use'))} />
        <RevokeKeyButton />
      </Datagrid>
    </List>
  );
}

/** The new key, shown this once: the API keeps only its hash. */
function NewKey({ secret }: { secret: { name: string; key: string } }) {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 2 }}>
      <Alert severity="warning" data-testid="new-api-key">
        <Typography gutterBottom>{translate('pioneer.identity.key_once', { name: secret.name })}</Typography>
        <Typography component="code" sx={{ fontFamily: 'monospace', wordBreak: 'break-all', userSelect: 'all' }} data-testid="new-api-key-secret">
          {secret.key}
        </Typography>
      </Alert>
    </Box>
  );
}

/** Issues a district key, then shows it once instead of leaving the page. */
export function ApiKeyCreate() {
  const { districts } = useRegistryChoices();
  const [secret, setSecret] = useState<{ name: string; key: string } | null>(null);
  return (
    <Create redirect={false} mutationOptions={{ onSuccess: (data: RaRecord) => setSecret({ name: String(data.name), key: String(data.key) }) }}>
      {secret ? (
        <NewKey secret={secret} />
      ) : (
        <SimpleForm>
          <TextInput source="name" validate={required()} />
          <SelectInput source="district" choices={districts} validate={required()} />
        </SimpleForm>
      )}
    </Create>
  );
}
