'use client';

import { OwnerSelect, StageSelect } from '@/components/owner-stage-select';
import { Field } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { directionLabels, frequencyLabels, unitLabels } from '@/lib/scorecards/format';
import { retargetRows, type MeasureDraft, type OwnerOption, type StageOption } from './measure-types';
import { TargetsEditor } from './targets-editor';

type Props = {
  idPrefix: string;
  draft: MeasureDraft;
  set: <K extends keyof MeasureDraft>(k: K, v: MeasureDraft[K]) => void;
  errors: (key: string) => string[] | undefined;
  members: OwnerOption[];
  stages: StageOption[];
};


/** Every field of a measure; a range shows its tolerance and bands, the other directions their baseline. */
export function MeasureFields({ idPrefix, draft, set, errors, members, stages }: Props) {
  const id = (k: string) => `${idPrefix}-${k}`;
  const range = draft.direction === 'range';
  const numberField = (k: 'baseline' | 'tolerance' | 'weight' | 'decimals' | 'amberPercent', label: string, hint?: string) => (
    <Field id={id(k)} label={label} hint={hint} errors={errors(k)}>
      {/* Phone decimal keypads have no minus sign: baselines may be negative (NPS runs from −100). */}
      {(aria) => <Input {...aria} inputMode={k === 'baseline' ? undefined : 'decimal'} value={draft[k]} onChange={(e) => set(k, e.target.value)} />}
    </Field>
  );
  return (
    <>
      <Field id={id('name')} label="Name" errors={errors('name')}>
        {(aria) => <Input {...aria} value={draft.name} maxLength={120} onChange={(e) => set('name', e.target.value)} />}
      </Field>
      <Field id={id('description')} label="Description" errors={errors('description')}>
        {(aria) => <Textarea {...aria} rows={2} value={draft.description} onChange={(e) => set('description', e.target.value)} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id('unit')} label="Unit" errors={errors('unit')}>
          {(aria) => (
            <Select {...aria} value={draft.unit} onChange={(e) => set('unit', e.target.value as MeasureDraft['unit'])}>
              {Object.entries(unitLabels).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id={id('unitLabel')} label="Unit label" hint="Shown after values, e.g. minutes, hours, visits." errors={errors('unitLabel')}>
          {(aria) => <Input {...aria} value={draft.unitLabel} maxLength={40} onChange={(e) => set('unitLabel', e.target.value)} />}
        </Field>
        <Field id={id('direction')} label="Direction" errors={errors('direction')}>
          {(aria) => (
            <Select {...aria} value={draft.direction} onChange={(e) => set('direction', e.target.value as MeasureDraft['direction'])}>
              {Object.entries(directionLabels).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id={id('frequency')} label="Frequency" errors={errors('frequency')}>
          {(aria) => (
            <Select
              {...aria}
              value={draft.frequency}
              onChange={(e) => {
                const to = e.target.value as MeasureDraft['frequency'];
                set('targets', retargetRows(draft.targets, draft.frequency, to));
                set('frequency', to);
              }}
            >
              {Object.entries(frequencyLabels).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {range
          ? numberField('tolerance', 'Tolerance', 'How far outside the range progress falls to 0; greater than 0.')
          : numberField('baseline', 'Baseline', 'Where progress starts (0 %).')}
        {numberField('amberPercent', 'Amber threshold (%)', 'Progress from this percent (below 100 %) is at risk.')}
        {numberField('weight', 'Weight', 'Within the objective; 0 or more.')}
        {numberField('decimals', 'Decimals shown', 'From 0 to 6.')}
        <Field id={id('owner')} label="Owner" errors={errors('ownerId')}>
          {(aria) => (
            <OwnerSelect {...aria} members={members} value={draft.ownerId} onChange={(e) => set('ownerId', e.target.value)} />
          )}
        </Field>
        <Field id={id('stage')} label="Journey stage" errors={errors('stageId')}>
          {(aria) => (
            <StageSelect {...aria} stages={stages} value={draft.stageId} onChange={(e) => set('stageId', e.target.value)} />
          )}
        </Field>
        <Field id={id('indicator')} label="Leading or lagging" errors={errors('indicator')}>
          {(aria) => (
            <Select {...aria} value={draft.indicator} onChange={(e) => set('indicator', e.target.value as MeasureDraft['indicator'])}>
              <option value="lagging">Lagging (an outcome, e.g. revenue, churn)</option>
              <option value="leading">Leading (a driver, e.g. engagement, referrals)</option>
            </Select>
          )}
        </Field>
        <Field id={id('survey')} label="Computed from survey answers" errors={errors('surveyKind')}>
          {(aria) => (
            <Select {...aria} value={draft.surveyKind} onChange={(e) => set('surveyKind', e.target.value)}>
              <option value="">No</option>
              <option value="nps">NPS (0–10 answers)</option>
              <option value="csat">CSAT (1–5 answers)</option>
              <option value="ces">CES (1–7 answers)</option>
            </Select>
          )}
        </Field>
      </div>
      <Field id={id('dataSource')} label="Data source" errors={errors('dataSource')}>
        {(aria) => <Input {...aria} value={draft.dataSource} maxLength={500} onChange={(e) => set('dataSource', e.target.value)} />}
      </Field>
      <Field id={id('formula')} label="Formula" errors={errors('formula')}>
        {(aria) => <Textarea {...aria} rows={2} value={draft.formula} onChange={(e) => set('formula', e.target.value)} />}
      </Field>
      <TargetsEditor rows={draft.targets} onChange={(rows) => set('targets', rows)} range={range} frequency={draft.frequency} errors={errors} />
    </>
  );
}
