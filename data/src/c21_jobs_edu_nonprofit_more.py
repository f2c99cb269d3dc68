# Compliant: more job ads, education, nonprofit, community, government,
# with longer bodies and different tones.
DATA = r"""
@ vertical=jobs lang=en
Hiring: Bilingual Customer Care (English/Spanish) | $20/hour, remote, paid training. Help customers with orders and returns.
Night Shift Stockers | 10pm-6am, $19.50/hour plus night differential. Apply in store or online.
Pharmacy Technician Trainee | Earn while you get certified. Tuition covered, flexible schedule.
Restaurant Managers Wanted | Salary $60K-$75K plus bonus. Two days off in a row guaranteed.
Lifeguards for Summer | Certification course included. $18/hour at city pools.
UX Designer, Contract | 6-month contract, remote-friendly, portfolio required.
HVAC Technicians | Top pay, company truck, tools provided. EPA 608 preferred.
Seasonal Tax Preparers | Free training, flexible hours January to April.
Hotel Housekeepers | Full-time, benefits, free meals on shift.
Mechanics Wanted | ASE-certified mechanics, $35-$50/hour depending on experience.
Paraeducators | Support students in K-5 classrooms. School-year schedule.
Cook, Hospital Kitchen | Weekday shifts, pension, health insurance.
Sales Development Rep | Entry-level tech sales, $55K base plus commission.
Solar Installers | No experience needed, we train. $22/hour to start.
Receptionist, Dental Office | Friendly front desk role, Monday to Thursday.
Truck Mechanic Apprenticeship | Paid apprenticeship with a diesel repair shop.
Postal Carriers | Now hiring city and rural carriers. Apply online.
Part-Time Tutors | Flexible evening hours, $25/hour. College degree required.
Event Crew | Stage setup for concerts and festivals. Weekend work.
Museum Guide | Lead tours for school groups. Part-time, history background a plus.
Cleaners Wanted, Daytime Hours | School-hours cleaning jobs for parents. $18/hour.
Junior Accountant | Growing firm seeks junior accountant. Study support for CPA.
Remote Bookkeeper | 20 hours per week, QuickBooks experience required.
Graphic Designer | In-house role at an outdoor gear brand. Hybrid in Denver.
Barber Chair Rental | Rent a chair at our busy shop, $150/week.
@ vertical=education lang=en
Master's in Public Health, Online | CEPH-accredited MPH with 5 start dates a year.
Adult ESL Classes | Free English classes for adults, day and evening options.
Coding for Seniors | Beginner-friendly classes on computers and the internet.
Kids' Art Classes | Drawing, painting and clay for ages 5-12. Saturday mornings.
AP Exam Review | Intensive review courses for AP Biology, Calculus and US History.
Lifeguard Certification | American Red Cross course, two weekends.
Beekeeping Course | Learn hive care over 4 Saturdays, protective gear provided.
Real Estate License Course | Online pre-licensing course, exam prep included.
Pharmacy Tech Certification Course | Prepare for the PTCB exam in 12 weeks.
Ceramics for Beginners | Hand-building and wheel basics in 6 weeks.
Makeup Artistry Course | Professional makeup certification, portfolio shoot included.
Wilderness First Aid | Two-day WFA certification for hikers and guides.
French Immersion Weekend | Speak only French for two days. Intermediate level.
Music Theory Online | Learn scales, chords and harmony at your own pace.
Intro to Machine Learning | 10-week evening course with hands-on projects.
Youth Robotics League | Build and compete with robots, ages 9-14.
Parenting Class | Positive discipline workshop for parents of toddlers.
Financial Aid Workshop | Free help completing the FAFSA. Bring your tax documents.
CPR Certification | Adult, child and infant CPR in 3 hours.
Carpentry Pre-Apprenticeship | Free 8-week program with tool kit included.
@ vertical=nonprofit lang=en
Adopt a Highway | Volunteer groups keep 2-mile stretches clean. Sign up your team.
Literacy Volunteers Needed | Tutor adults learning to read. Training provided.
School Supply Drive | Donate backpacks and notebooks at any library branch.
Warm Meals for Seniors | $5 provides a hot lunch for a homebound senior.
Animal Shelter Wish List | Blankets, towels and canned food needed this winter.
Support Public Radio | Become a sustaining member for $10 a month.
Plant a Pollinator Garden | Free native seed packets for residents.
Youth Orchestra Sponsorship | Help a young musician get an instrument and lessons.
Veterans Housing Fund | Help veterans move from shelters into homes.
Library Book Sale | Proceeds fund children's programs. Saturday 9-3.
Hospital Auxiliary | Volunteer at the gift shop or information desk.
Women's Shelter Donations | Toiletries and new underwear are most needed.
Special Olympics Volunteers | Coaches and event helpers needed for spring games.
Community Garden Plots | Plots available for the season. $20, tools provided.
Clean Air Campaign: Bike to Work Day | Free breakfast stations along bike routes.
Diaper Bank | Donate diapers for families in need. Drop off at any fire station.
Stream Restoration Day | Help plant willows along Mill Creek. Lunch provided.
Food Rescue Drivers | Pick up surplus food from stores and deliver to shelters.
Children's Hospital Toy Drive | Donate new, unwrapped toys through December 15.
Museum Free Day | Free admission for all on the first Sunday of the month.
"""
