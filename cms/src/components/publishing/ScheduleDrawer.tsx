'use client'
import {
  Banner,
  Button,
  DatePicker,
  Drawer,
  Gutter,
  Pill,
  ShimmerEffect,
  toast,
  useDocumentInfo,
  useDocumentTitle,
  useModal,
  useServerFunctions,
  useTranslation,
  XIcon,
} from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'
import { DATE_PICKER_WORDS, DATE_TIME_FORMAT, TIME_FORMAT } from '../../fields/adminDates'
import type { PublishWords } from './publishWords'
import { formatVietnamDateTime, fromVietnamWallClock, toVietnamWallClock } from './vietnamWallClock'

export type ScheduleType = 'publish' | 'unpublish'

type Upcoming = { id: number | string; input: { type: ScheduleType; timezone?: string }; waitUntil: Date | string }

const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh'
const baseClass = 'schedule-publish'

const endOfDay = (day: Date) => new Date(day.getFullYear(), day.getMonth(), day.getDate(), 23, 59, 59)
const startOfDay = (day: Date) => new Date(day.getFullYear(), day.getMonth(), day.getDate())
const sameDay = (a: Date, b: Date) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate()

/**
 * The drawer behind "Lên lịch xuất bản": Payload's own (elements/PublishButton/ScheduleDrawer)
 * with a Vietnamese picker. Payload's passes its date picker no display format, so it shows
 * "thg 12 3, 2026 3:00 PM" and refuses a typed "03/12/2026 14:54"; only its time list can be set
 * (`schedulePublish.timeFormat`). This one shows and takes `dd/MM/yyyy HH:mm`, 24-hour, in Vietnam
 * time whatever the editor's computer is set to, and uses Payload's own server functions to
 * schedule, list and cancel (so the jobs and their access rules are Payload's).
 */
export function ScheduleDrawer({ slug, defaultType, words }: { slug: string; defaultType: ScheduleType; words: PublishWords }) {
  const { toggleModal } = useModal()
  const { id, collectionSlug } = useDocumentInfo()
  const { title } = useDocumentTitle()
  const { t } = useTranslation()
  const { getUpcomingScheduledPublish, schedulePublish } = useServerFunctions()
  const [type, setType] = useState<ScheduleType>(defaultType)
  const [moment, setMoment] = useState<Date>()
  const [processing, setProcessing] = useState(false)
  const [upcoming, setUpcoming] = useState<Upcoming[]>()

  const fetchUpcoming = useCallback(async () => {
    setUpcoming((await getUpcomingScheduledPublish({ id, collectionSlug })) as Upcoming[])
  }, [getUpcomingScheduledPublish, id, collectionSlug])

  useEffect(() => {
    void fetchUpcoming()
  }, [fetchUpcoming])

  const save = useCallback(async () => {
    if (!moment) {
      toast.error(t('general:noDateSelected'))
      return
    }
    setProcessing(true)
    try {
      const result = await schedulePublish({
        type,
        date: moment,
        doc: { relationTo: collectionSlug!, value: String(id) },
        timezone: VIETNAM_TIME_ZONE,
      })
      if (result && typeof result === 'object' && 'error' in result && result.error) throw new Error(String(result.error))
      setMoment(undefined)
      toast.success(t('version:scheduledSuccessfully'))
      void fetchUpcoming()
    } catch (error) {
      toast.error((error as Error).message)
    }
    setProcessing(false)
  }, [moment, type, schedulePublish, collectionSlug, id, t, fetchUpcoming])

  const cancel = useCallback(
    async (jobId: number | string) => {
      try {
        await schedulePublish({ deleteID: jobId })
        await fetchUpcoming()
        toast.success(t('general:deletedSuccessfully'))
      } catch (error) {
        toast.error((error as Error).message)
      }
    },
    [schedulePublish, fetchUpcoming, t],
  )

  // The picker works in the browser's local time: it is given and gives back Vietnam's wall clock.
  const now = toVietnamWallClock(new Date())
  const shown = moment ? toVietnamWallClock(moment) : undefined
  const minTime = shown && !sameDay(shown, now) ? startOfDay(now) : now

  return (
    <Drawer
      className={baseClass}
      gutter={false}
      Header={
        <div className={`${baseClass}__drawer-header`}>
          <h2>{words.scheduleTitle(title)}</h2>
          <button aria-label={t('general:close')} className="drawer-close-button" onClick={() => toggleModal(slug)} type="button">
            <XIcon />
          </button>
        </div>
      }
      slug={slug}
    >
      <Gutter className={`${baseClass}__scheduler`}>
        <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
          <legend className="field-label">{t('version:type')}</legend>
          <ul className={`${baseClass}__type`}>
            {(['publish', 'unpublish'] as const).map((value) => (
              <li key={value}>
                <label htmlFor={`${slug}-type-${value}`}>
                  <div className={['radio-input', type === value && 'radio-input--is-selected'].filter(Boolean).join(' ')}>
                    <input checked={type === value} disabled={processing} id={`${slug}-type-${value}`} name={`${slug}-type`} onChange={() => setType(value)} type="radio" />
                    <span className="radio-input__styled-radio" />
                    <span className="radio-input__label">{value === 'publish' ? 'Xuất bản' : 'Gỡ xuất bản'}</span>
                  </div>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <br />
        <label className="field-label" id="schedule-time-label">
          Thời điểm (giờ Việt Nam, UTC+7)<span className="required">*</span>
        </label>
        <DatePicker
          id="schedule-time"
          displayFormat={DATE_TIME_FORMAT}
          maxTime={endOfDay(now)}
          minDate={now}
          minTime={minTime}
          onChange={(picked) => setMoment(picked ? fromVietnamWallClock(picked) : undefined)}
          overrides={{ ...DATE_PICKER_WORDS, ariaLabelledBy: 'schedule-time-label' }}
          pickerAppearance="dayAndTime"
          placeholder="dd/mm/yyyy hh:mm"
          readOnly={processing}
          timeFormat={TIME_FORMAT}
          timeIntervals={5}
          value={shown}
        />
        <br />
        <div className={`${baseClass}__actions`}>
          <Button buttonStyle="primary" disabled={processing} id="scheduled-publish-save" onClick={save} type="button">
            {t('general:save')}
          </Button>
          {processing ? <span>{t('general:saving')}</span> : null}
        </div>
      </Gutter>
      <Gutter className={`${baseClass}__upcoming`}>
        <h4>{t('general:upcomingEvents')}</h4>
        {!upcoming && <ShimmerEffect />}
        {upcoming?.length === 0 && <Banner type="info">{t('general:noUpcomingEventsScheduled')}</Banner>}
        {upcoming && upcoming.length > 0 && (
          <div className="table">
            <table cellPadding="0" cellSpacing="0">
              <thead>
                <tr>
                  <th scope="col">{t('version:type')}</th>
                  <th scope="col">Thời điểm (giờ Việt Nam)</th>
                  <th scope="col">
                    <span className="sr-only">Hủy lịch</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {upcoming.map((event) => (
                  <tr key={event.id}>
                    <td>
                      <Pill pillStyle={event.input.type === 'publish' ? 'success' : 'warning'} size="small">
                        {event.input.type === 'publish' ? 'Xuất bản' : 'Gỡ xuất bản'}
                      </Pill>
                    </td>
                    <td>{formatVietnamDateTime(event.waitUntil)}</td>
                    <td>
                      <Button buttonStyle="secondary" onClick={() => void cancel(event.id)} size="small" type="button">
                        Hủy lịch
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Gutter>
    </Drawer>
  )
}
