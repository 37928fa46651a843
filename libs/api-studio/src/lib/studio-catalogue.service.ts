import path from 'node:path';
import { Injectable } from '@nestjs/common';
import type { Label } from '@pioneer/engine';
import { MeasureFilesService } from './measure-files.service';

type Json = Record<string, unknown>;

/** A parameter version as the list shows it: its name and the dates it is in force. */
export interface VersionSummary {
  version: string;
  effectiveFrom: string;
  effectiveTo?: string;
}

export interface MeasureSummary {
  code: string;
  name: Label;
  family: string;
  clause: string;
  file: string;
  modifiedAt: string;
  versions: VersionSummary[];
  cases: number;
}

/** A code of policy.json the new-measure form offers, with its label. */
export interface PolicyChoice {
  code: string;
  label: Label;
}

export interface PolicySummary {
  code: string;
  name: Label;
  file: string;
  modifiedAt: string;
  validity: { from: string; to?: string };
  measures: MeasureSummary[];
  /** What a new measure may choose from (drop-downs): the policy's sections, units, budgets and exclusivity groups. */
  choices: { families: string[]; sections: PolicyChoice[]; units: PolicyChoice[]; budgets: PolicyChoice[]; exclusivityGroups: PolicyChoice[] };
}

const choices = (list: unknown): PolicyChoice[] =>
  Array.isArray(list) ? (list as Json[]).map((item) => ({ code: String(item.code), label: item.label as Label })) : [];

/** The studio's list: every policy file and measure file with its versions, effective dates and case count. */
@Injectable()
export class StudioCatalogueService {
  constructor(private readonly files: MeasureFilesService) {}

  policies(): PolicySummary[] {
    const repo = path.resolve(this.files.schemasRoot, '..');
    const rel = (file: string) => path.relative(repo, file).split(path.sep).join('/');
    const families = this.files.families();
    return this.files.policyFolders().map((policyDir) => {
      const policyFile = path.join(policyDir, 'policy.json');
      const policy = this.files.readJson(policyFile);
      return {
        code: String(policy.code),
        name: policy.name as Label,
        file: rel(policyFile),
        modifiedAt: this.files.modifiedAt(policyFile),
        validity: policy.validity as PolicySummary['validity'],
        choices: {
          families,
          sections: choices(policy.sections),
          units: choices(policy.units),
          budgets: choices(policy.budgets),
          exclusivityGroups: choices(policy.exclusivityGroups),
        },
        measures: this.files.measureFiles(policyDir).map((file) => {
          const json = this.files.readJson(file);
          const info = (json['x-measure'] ?? {}) as Json;
          const code = path.basename(file, '.json');
          return {
            code,
            name: info.name as Label,
            family: String(info.family),
            clause: String(info.clause),
            file: rel(file),
            modifiedAt: this.files.modifiedAt(file),
            versions: ((json['x-versions'] ?? []) as Json[]).map((v) => ({
              version: String(v.version),
              effectiveFrom: String(v.effectiveFrom),
              ...(v.effectiveTo ? { effectiveTo: String(v.effectiveTo) } : {}),
            })),
            cases: this.files.cases(policyDir, code).cases.length,
          };
        }),
      };
    });
  }
}
