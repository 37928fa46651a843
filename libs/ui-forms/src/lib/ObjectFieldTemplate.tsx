import Grid from '@mui/material/Grid';
import { descriptionId, getTemplate, getUiOptions, titleId, type ObjectFieldTemplateProps } from '@rjsf/utils';
import type { JsonSchema } from './json-schema';

/** Groups, lists and long texts take the whole row; short fields sit two to a row on wide screens. */
function isWide(node: JsonSchema | undefined, ui: Record<string, unknown> | undefined): boolean {
  if (!node) return true;
  return Boolean(node.properties) || node.type === 'array' || node.type === 'object' || ui?.['ui:widget'] === 'textarea' || typeof node.const === 'boolean';
}

/** rjsf-mui's object layout, in two columns: the long application forms read in half the height. */
export function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const { title, description, properties, required, disabled, readonly, uiSchema, fieldPathId, schema, registry, optionalDataControl } = props;
  const options = getUiOptions(uiSchema);
  const TitleFieldTemplate = getTemplate('TitleFieldTemplate', registry, options);
  const DescriptionFieldTemplate = getTemplate('DescriptionFieldTemplate', registry, options);
  const children = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const editable = !readonly && !disabled;
  return (
    <>
      {title && <TitleFieldTemplate id={titleId(fieldPathId)} title={title} required={required} schema={schema} uiSchema={uiSchema} registry={registry} optionalDataControl={editable ? optionalDataControl : undefined} />}
      {description && <DescriptionFieldTemplate id={descriptionId(fieldPathId)} description={description} schema={schema} uiSchema={uiSchema} registry={registry} />}
      <Grid container columnSpacing={3} rowSpacing={1.5} sx={{ mt: 1 }}>
        {!editable && optionalDataControl}
        {properties.map((element) =>
          element.hidden ? (
            element.content
          ) : (
            <Grid key={element.name} size={isWide(children[element.name], uiSchema?.[element.name] as Record<string, unknown> | undefined) ? 12 : { xs: 12, md: 6 }}>
              {element.content}
            </Grid>
          ),
        )}
      </Grid>
    </>
  );
}
