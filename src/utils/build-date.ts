/** The date the site is built (the reference for “has the plan period ended”); BUILD_DATE=YYYY-MM-DD makes builds reproducible. */
export const BUILD_DATE = process.env.BUILD_DATE ? new Date(`${process.env.BUILD_DATE}T00:00:00Z`) : new Date();
