import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { moneyLabel, withoutUnit, type Label, type Lang } from '@pioneer/engine';
import type { ReactNode } from 'react';
import type { JsonSchema } from '@pioneer/ui-forms/light';
import { attachmentFacts, numberText } from './value-text';

type Json = Record<string, unknown>;

const labelOf = (node: JsonSchema, lang: Lang): string => {
  const label = node['x-label'] as Label | undefined;
  if (!label) return '';
  return (node['x-kind'] === 'money' ? withoutUnit(label) : label)[lang];
};

/** One value as a reader expects it: money in 元, counts with thousands separators, choices by label, yes/no, dates as written. */
function formatValue(node: JsonSchema, value: unknown, lang: Lang): string {
  if (value === undefined || value === null || value === '') return '—';
  if (node['x-kind'] === 'money' && typeof value === 'number') return moneyLabel(value)[lang];
  const enumLabels = node['x-enumLabels'] as Record<string, Label> | undefined;
  if (enumLabels && typeof value === 'string') return enumLabels[value]?.[lang] ?? value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? (lang === 'zh-CN' ? '是' : 'Yes') : lang === 'zh-CN' ? '否' : 'No';
  if (Array.isArray(value)) return value.map((item) => formatValue((node.items ?? {}) as JsonSchema, item, lang)).join(lang === 'zh-CN' ? '、' : ', ');
  return String(value);
}

interface AttachmentValue {
  name?: string;
  sha256?: string;
  mediaType?: string;
  size?: number;
}

/** Evidence files by name, kind and size (their checksum on hover), not as the raw reference records. */
function Attachments({ files, lang }: { files: AttachmentValue[]; lang: Lang }) {
  if (files.length === 0) return <>—</>;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }} data-testid="attachments">
      {files.map((file, index) => {
        const facts = attachmentFacts(file, lang);
        return (
          <li key={index} title={file.sha256 ? `SHA-256 ${file.sha256}` : undefined}>
            <span data-user-text>{file.name ?? '—'}</span>
            {facts && (
              <Typography component="span" variant="body2" color="text.secondary">
                {lang === 'zh-CN' ? `（${facts}）` : ` (${facts})`}
              </Typography>
            )}
          </li>
        );
      })}
    </Box>
  );
}

/** Text as the applicant wrote it (a name, a reference): not a word of the UI, in whichever language it is. */
const isUserText = (node: JsonSchema, value: unknown): boolean => typeof value === 'string' && value !== '' && !node['x-enumLabels'];

function Row({ label, children, userText = false }: { label: string; children: ReactNode; userText?: boolean }) {
  return (
    // minmax(0, 1fr) and break-word: a checksum or a long reference wraps instead of widening the page.
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(7em, 14em) minmax(0, 1fr)', gap: 2, py: 0.5, overflowWrap: 'break-word' }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="body2" component="div" data-user-text={userText || undefined}>
        {children}
      </Typography>
    </Box>
  );
}

/** An application's data read through its measure's schema: groups, labels and formats. */
export function SchemaView({ schema, data, lang, depth = 0 }: { schema: JsonSchema; data: unknown; lang: Lang; depth?: number }) {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const values = (data ?? {}) as Json;
  return (
    <Box sx={{ pl: depth ? 2 : 0 }}>
      {Object.entries(properties).map(([key, node]) => {
        const value = values[key];
        if (node.properties) {
          if (value === undefined) return null;
          return (
            <Box key={key} sx={{ mt: depth ? 1 : 2 }}>
              <Typography variant={depth ? 'subtitle2' : 'subtitle1'}>{labelOf(node, lang)}</Typography>
              <SchemaView schema={node} data={value} lang={lang} depth={depth + 1} />
            </Box>
          );
        }
        const items = node.items as JsonSchema | undefined;
        if (items?.['x-kind'] === 'attachment' && Array.isArray(value)) {
          return (
            <Row key={key} label={labelOf(node, lang)}>
              <Attachments files={value as AttachmentValue[]} lang={lang} />
            </Row>
          );
        }
        if (items?.properties && Array.isArray(value)) {
          return (
            <Row key={key} label={labelOf(node, lang)}>
              {value.length === 0 ? '—' : value.map((item, index) => <SchemaView key={index} schema={items} data={item} lang={lang} depth={1} />)}
            </Row>
          );
        }
        return (
          <Row key={key} label={labelOf(node, lang)} userText={isUserText(node, value)}>
            {formatValue(node, value, lang)}
          </Row>
        );
      })}
    </Box>
  );
}
