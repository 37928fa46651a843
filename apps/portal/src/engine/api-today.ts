let today: Promise<string> | undefined;

/** The API's calendar day (what it decides on); the visitor's own Beijing date if the API cannot say. */
export function apiToday(): Promise<string> {
  const local = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  today ??= fetch('/api/clock')
    .then((response) => (response.ok ? (response.json() as Promise<{ today: string }>) : Promise.reject(new Error(String(response.status)))))
    .then((body) => body.today)
    .catch(local);
  return today;
}
