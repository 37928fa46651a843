import {
  BooleanField,
  Create,
  Datagrid,
  FormDataConsumer,
  FunctionField,
  List,
  PasswordInput,
  ReferenceField,
  ReferenceInput,
  AutocompleteInput,
  required,
  SearchInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateTimeField } from '../applications/DateFields';
import { ListEmpty, ListError, ListNoMatch, ListPagination } from '../lists';
import { UserActiveButton } from './UserActiveButton';
import { useRegistryChoices } from './useRegistryChoices';

const ROLES = ['admin', 'reviewer', 'approver', 'district-officer', 'applicant'] as const;

function useRoleChoices() {
  const translate = useTranslate();
  return ROLES.map((id) => ({ id, name: translate(`pioneer.role.${id}`) }));
}

function RoleField({ source }: { source: string; label?: string }) {
  const translate = useTranslate();
  return <FunctionField source={source} sortable={false} render={(record) => translate(`pioneer.role.${record.role}`, { _: record.role })} />;
}

/** Who belongs where: an applicant's organisation, a district officer's district. */
function BelongsTo({ source }: { source: string; label?: string }) {
  const record = useRecordContext();
  const { name } = useRegistryChoices();
  if (record?.organisationId)
    return (
      <ReferenceField source="organisationId" reference="organisations" link="show">
        <TextField source="name" data-user-text />
      </ReferenceField>
    );
  return <span data-source={source}>{record?.district ? name('district', record.district) : '—'}</span>;
}

/** Everyone who signs in, newest first, searched by name, organisation or district and filtered by role. */
export function UserList() {
  const roles = useRoleChoices();
  const translate = useTranslate();
  const filters = [<SearchInput key="q" source="q" alwaysOn placeholder={translate('pioneer.list.search_users')} />, <SelectInput key="role" source="role" choices={roles} alwaysOn />];
  return (
    <List exporter={false} filters={filters} error={<ListError />} empty={<ListEmpty />} pagination={<ListPagination />}>
      <Datagrid rowClick="show" bulkActionButtons={false} empty={<ListNoMatch />}>
        <TextField source="username" sortable={false} />
        <TextField source="displayName" sortable={false} />
        <RoleField source="role" />
        <BelongsTo source="belongsTo" label="resources.users.fields.belongsTo" />
        <BooleanField source="active" sortable={false} />
        <DateTimeField source="createdAt" sortable={false} />
      </Datagrid>
    </List>
  );
}

function UserTitle() {
  const record = useRecordContext();
  return <span>{record ? `${record.displayName} (${record.username})` : ''}</span>;
}

/** One user, with the button that deactivates or reactivates it. */
export function UserShow() {
  return (
    <Show
      title={<UserTitle />}
      actions={
        <TopToolbar>
          <UserActiveButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="username" />
        <TextField source="displayName" />
        <RoleField source="role" />
        <BelongsTo source="belongsTo" label="resources.users.fields.belongsTo" />
        <BooleanField source="active" />
        <DateTimeField source="createdAt" />
        <DateTimeField source="updatedAt" />
      </SimpleShowLayout>
    </Show>
  );
}

/** A new user: a role, and the organisation (applicants) or district (district officers) it belongs to. */
export function UserCreate() {
  const roles = useRoleChoices();
  const { districts } = useRegistryChoices();
  // Only the role that has one sends an organisation or a district: the API refuses the others.
  const transform = (data: Record<string, unknown>) => {
    const { organisationId, district, ...rest } = data;
    if (rest.role === 'applicant') return { ...rest, organisationId };
    if (rest.role === 'district-officer') return { ...rest, district };
    return rest;
  };
  return (
    <Create redirect="show" transform={transform}>
      <SimpleForm>
        <TextInput source="username" validate={required()} autoComplete="off" />
        <TextInput source="displayName" validate={required()} />
        <SelectInput source="role" choices={roles} validate={required()} />
        <FormDataConsumer>
          {({ formData }) =>
            formData.role === 'applicant' ? (
              <ReferenceInput source="organisationId" reference="organisations">
                <AutocompleteInput optionText="name" validate={required()} />
              </ReferenceInput>
            ) : formData.role === 'district-officer' ? (
              <SelectInput source="district" choices={districts} validate={required()} />
            ) : null
          }
        </FormDataConsumer>
        <PasswordInput source="password" validate={required()} autoComplete="new-password" helperText="pioneer.identity.password_help" />
      </SimpleForm>
    </Create>
  );
}
