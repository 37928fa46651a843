/**
 * The compute-voucher form written the usual NestJS way: decorated DTO classes, checked with
 * `plainToInstance` + `validateSync`. Field for field it enforces what the measure schema
 * (compute-voucher.json and schemas/common/*.json) enforces: required fields, types, lengths,
 * patterns, enums, integer fen with bounds, array sizes, `const: true` declarations, and no
 * unknown properties (`whitelist` + `forbidNonWhitelisted` ≙ `additionalProperties: false`).
 *
 * What differs, knowingly:
 * - class-validator has no unified-social-credit-code format: `@Matches` checks the shape only,
 *   not the GB 32100 check character Pioneer's `uscc` format computes (so Pioneer does more work;
 *   the benchmark inputs avoid codes that only the check character would reject).
 * - `@IsEmail` (validator.js) and ajv-formats' `email` use different, equally strict, patterns;
 *   dates use `@IsDateString({ strict: true })` plus a YYYY-MM-DD `@Matches`, ajv-formats `date`.
 * - `@IsOptional` also lets `null` through where the schema rejects it (no input sends null).
 * - Messages are class-validator's English defaults; Pioneer's are bilingual with field labels.
 */
import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  Equals,
  IsArray,
  IsDateString,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  validateSync,
  type ValidationError,
  type ValidatorOptions,
} from 'class-validator';

const MONEY_MAX = 1_000_000_000_000_000;
const USCC_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const YMD = /^\d{4}-\d{2}-\d{2}$/;
const KINDS = ['enterprise', 'university', 'research-institute', 'data-source-unit', 'park-operator', 'other'];
const DISTRICTS = ['futian', 'luohu', 'yantian', 'nanshan', 'baoan', 'longgang', 'longhua', 'pingshan', 'guangming', 'dapeng', 'shenshan'];
const PURPOSES = ['large-model-training', 'inference', 'other'];
const MEDIA_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/zip',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/** money.json: integer fen, 0 … 10^15. */
function Money(): PropertyDecorator {
  return (target, key) => {
    IsInt()(target, key);
    Min(0)(target, key);
    Max(MONEY_MAX)(target, key);
  };
}

/** date.json: YYYY-MM-DD, a real calendar date. */
function CalendarDate(): PropertyDecorator {
  return (target, key) => {
    IsDateString({ strict: true })(target, key);
    Matches(YMD)(target, key);
  };
}

/** A required nested object of the given class. */
function Nested(cls: () => new () => object): PropertyDecorator {
  return (target, key) => {
    IsDefined()(target, key);
    ValidateNested()(target, key);
    Type(cls)(target, key as string);
  };
}

/** An array of attachments with a size range. */
function Attachments(min: number, max: number): PropertyDecorator {
  return (target, key) => {
    IsArray()(target, key);
    ArrayMinSize(min)(target, key);
    ArrayMaxSize(max)(target, key);
    ValidateNested({ each: true })(target, key);
    Type(() => AttachmentDto)(target, key as string);
  };
}

class ContactDto {
  @IsString() @Length(1, 50) name!: string;
  @IsString() @Matches(/^[0-9+\- ]{7,20}$/) phone!: string;
  @IsOptional() @IsEmail() @MaxLength(254) email?: string;
}

class OrganisationDto {
  @IsString() @Length(2, 100) name!: string;
  @IsString() @Matches(USCC_SHAPE) creditCode!: string;
  @IsIn(KINDS) kind!: string;
  @IsIn(DISTRICTS) district!: string;
  @CalendarDate() registeredOn!: string;
  @IsOptional() @IsInt() @Min(0) @Max(10_000_000) employees?: number;
  @IsOptional() @Money() annualRevenue?: number;
  @IsOptional() @ValidateNested() @Type(() => ContactDto) contact?: ContactDto;
}

class ProjectDto {
  @IsString() @Length(2, 200) name!: string;
  @IsString() @Matches(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/) reference!: string;
  @IsOptional() @Money() auditedInvestment?: number;
  @IsOptional() @IsString() @MaxLength(2000) summary?: string;
}

class ContractDto {
  @IsString() @Length(1, 64) number!: string;
  @IsString() @Length(2, 100) providerName!: string;
  @IsString() @Matches(USCC_SHAPE) providerCreditCode!: string;
  @CalendarDate() signedOn!: string;
  @CalendarDate() startDate!: string;
  @CalendarDate() endDate!: string;
  @Money() amount!: number;
}

class ComputeDto {
  @IsIn(PURPOSES) purpose!: string;
  @IsString() @Length(1, 100) modelName!: string;
  @IsOptional() @IsNumber() @Min(0) @Max(100_000) parameterBillions?: number;
  @IsInt() @Min(1) @Max(1_000_000_000) acceleratorHours!: number;
}

class AttachmentDto {
  @IsString() @Length(1, 64) id!: string;
  @IsString() @Length(1, 255) name!: string;
  @IsString() @Matches(/^[0-9a-f]{64}$/) sha256!: string;
  @IsOptional() @IsIn(MEDIA_TYPES) mediaType?: string;
  @IsOptional() @IsInt() @Min(1) @Max(104_857_600) size?: number;
}

class EvidenceDto {
  @Attachments(1, 5) contract!: AttachmentDto[];
  @Attachments(1, 50) invoices!: AttachmentDto[];
  @IsOptional() @Attachments(0, 5) trainingReport?: AttachmentDto[];
}

class DeclarationsDto {
  @Equals(true) truthful!: boolean;
  @Equals(true) noDuplicateFunding!: boolean;
}

export class ComputeVoucherApplicationDto {
  @Nested(() => OrganisationDto) applicant!: OrganisationDto;
  @Nested(() => ProjectDto) project!: ProjectDto;
  @Nested(() => ContractDto) contract!: ContractDto;
  @Nested(() => ComputeDto) compute!: ComputeDto;
  @Nested(() => EvidenceDto) attachments!: EvidenceDto;
  @Nested(() => DeclarationsDto) declarations!: DeclarationsDto;
}

/** Report every error, reject unknown properties: what ajv does with allErrors + additionalProperties: false. */
const OPTIONS: ValidatorOptions = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true };

/** The class-validator errors of a compute-voucher application (empty when valid). */
export function validateComputeVoucherDto(application: object): ValidationError[] {
  return validateSync(plainToInstance(ComputeVoucherApplicationDto, application), OPTIONS);
}
