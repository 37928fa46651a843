import { Datagrid, FunctionField, List, SearchInput, SelectInput, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField, DayField } from '../applications/DateFields';
import { ListEmpty, ListError, ListNoMatch, ListPagination } from '../lists';
import { useRegistryChoices } from './useRegistryChoices';

/** A district or kind code in words (from the schemas). */
function CodeField({ source, field }: { source: string; field: 'district' | 'kind'; label?: string }) {
  const { name } = useRegistryChoices();
  return <FunctionField source={source} sortable={false} render={(record) => name(field, record[source])} />;
}

/** The organisation registry, newest first, searched by name, credit code or district and filtered by district (the API does both). */
export function OrganisationList() {
  const { districts } = useRegistryChoices();
  const translate = useTranslate();
  return (
    <List
      exporter={false}
      filters={[
        <SearchInput key="q" source="q" alwaysOn placeholder={translate('pioneer.list.search_organisations')} />,
        <SelectInput key="district" source="district" choices={districts} alwaysOn />,
      ]}
      error={<ListError />}
      empty={<ListEmpty />}
      pagination={<ListPagination />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false} empty={<ListNoMatch />}>
        <TextField source="name" sortable={false} />
        <TextField source="creditCode" sortable={false} />
        <CodeField source="kind" field="kind" />
        <CodeField source="district" field="district" />
        <DayField source="registeredOn" sortable={false} />
        <DateTimeField source="createdAt" sortable={false} />
      </Datagrid>
    </List>
  );
}

function OrganisationTitle() {
  const record = useRecordContext();
  return <span>{record?.name ?? ''}</span>;
}

/** One organisation: its registry record and contact person. */
export function OrganisationShow() {
  return (
    <Show title={<OrganisationTitle />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="creditCode" />
        <CodeField source="kind" field="kind" />
        <CodeField source="district" field="district" />
        <DayField source="registeredOn" />
        <TextField source="contact.name" emptyText="—" />
        <TextField source="contact.phone" emptyText="—" />
        <TextField source="contact.email" emptyText="—" />
        <DateTimeField source="createdAt" />
      </SimpleShowLayout>
    </Show>
  );
}
