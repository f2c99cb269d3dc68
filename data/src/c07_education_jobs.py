# Compliant: education, online courses, tutoring, job ads, recruiting.
DATA = r"""
@ vertical=education lang=en
Learn Python in 8 Weeks | Live online classes, real projects, mentor feedback. Next cohort starts March 3.
~8-Week Python Bootcamp | Evening classes with a mentor and a portfolio project. Enroll before March 3.
Online MBA, No GMAT Required | Accredited part-time MBA you can finish in 24 months. Info session Thursday.
SAT Prep Tutoring | 1-on-1 tutors who scored 1550+. Average score increase of 160 points.
Learn Spanish With Native Speakers | 25-minute video lessons, book anytime. First lesson $5.
Nursing Degree Programs | Accelerated BSN for career changers. Clinical placements included.
Kids' Coding Camp | Summer camp for ages 8-14: Scratch, Python and robotics. Half-day and full-day.
Piano Lessons for Adults | It's not too late. Beginner lessons in person or on Zoom.
Data Analytics Certificate | Learn SQL, Tableau and Excel in 6 months at your own pace. Financial aid available.
Free Webinar: Applying to College | Essays, deadlines and financial aid explained. Register for Oct 12.
Homeschool Curriculum | Complete K-8 curriculum with lesson plans and printable worksheets.
Truck Driving School | Get your CDL in 4 weeks. Job placement assistance.
Community College Fall Registration | Classes start August 26. Register online, payment plans available.
Learn to Draw | 30-day drawing course with daily 15-minute exercises. Lifetime access.
GED Classes Free | Free GED prep at the Adult Learning Center. Day and evening classes.
Early Childhood Education | Montessori preschool enrolling for fall. Tours every Wednesday.
Cybersecurity Certification | CompTIA Security+ prep with labs and practice exams. Pass guarantee: retake free.
Photography Workshop | Master manual mode in one weekend. Small class, cameras available to borrow.
Study Abroad in Kyoto | Semester programs with Japanese language and homestays.
Math Tutoring Grades 3-12 | Certified teachers, in-home or online. First session free.
Sign Language Classes | ASL level 1 starts Monday evenings at the Community Center.
Law School Admissions Coaching | Personal statement review and LSAT strategy from former admissions officers.
Culinary Arts Diploma | Professional kitchen training in 9 months. Externships at top restaurants.
Chess Lessons for Kids | Weekly group lessons and tournaments for ages 6-16.
Learn to Code for Free | 300 hours of free interactive lessons. Earn certificates.
Medical Billing and Coding | Online certificate in 4 months. Prepare for the CPC exam.
University Open Day | Tour the campus, meet faculty and talk to students. Saturday Nov 9.
Typing Course for Kids | Fun games that build speed and accuracy. Free for schools.
Language Exchange Meetup | Practice French over coffee every Sunday. All levels.
Project Management Certification | PMP prep course with 35 contact hours. Online and weekend options.
Welding Program | Hands-on welding training, certifications in MIG, TIG and stick.
Executive Education | Leadership programs for senior managers. 5-day intensive in Chicago.
Test Prep for Nursing Boards | NCLEX question bank with 2,500 questions and explanations.
Reading Tutors for Dyslexia | Orton-Gillingham certified tutors. Free assessment.
Driving Lessons | Licensed instructors, dual-control cars. Teen and adult packages.
@ vertical=jobs lang=en
We're Hiring Warehouse Associates | $21/hour, weekly pay, full benefits. Day, night and weekend shifts. Apply in 5 minutes.
~Warehouse Jobs Near You | Starting pay $21/hr with weekly paychecks. Apply today, start next week.
Registered Nurses Wanted | Sign-on bonus for RNs in ICU and ER. Relocation assistance available.
Software Engineer, Remote | Senior backend engineer (Go, PostgreSQL). $170k-$210k. Four-day work week.
School Bus Drivers Needed | Paid CDL training, summers off, benefits. Apply at the district office.
Now Hiring: Baristas | Flexible hours, free drinks on shift, tuition assistance. Apply in store.
Delivery Drivers | Earn on your schedule. Use your own car, get paid weekly.
Teachers Wanted | Elementary teachers for 2025-26 school year. Competitive salary and mentoring.
Seasonal Retail Jobs | Holiday positions at Corrie Lane stores. Employee discount 40%.
Customer Support, Work From Home | Full-time support agents, $19/hour, equipment provided. English and Spanish speakers.
Line Cooks Hiring Now | Competitive pay, shift meals, paid time off. Walk-in interviews Tuesday 2-4.
Electrician Apprenticeship | Earn while you learn. 4-year paid apprenticeship with union benefits.
Hiring Forklift Operators | Certified operators, $23/hour, overtime available.
Job Fair Thursday | 40 employers hiring on the spot at the Convention Center, 10am-3pm. Bring your resume.
Resume Review | Free resume feedback from a certified career coach. Upload in 1 minute.
Hospital Careers | Explore openings for nurses, techs and support staff at Mercy General.
Summer Camp Counselors | Spend your summer outdoors. Ages 18+, training provided.
Data Scientist (Hybrid, Denver) | Build forecasting models for logistics. 3 days in office.
Veterans Hiring Program | We value your service. Dedicated recruiters for transitioning service members.
Become a Caregiver | Help seniors stay at home. Flexible shifts, paid training.
Accountant, Mid-Level | CPA preferred. Hybrid schedule, 401(k) match, 25 days PTO.
Part-Time Library Assistant | 20 hours a week at the Eastside branch. Apply by May 15.
Hiring Event: Call Center | Interviews on the spot, start at $18.50/hour.
Dental Hygienist Opening | Friendly practice, 4-day week, no weekends.
Recruiting for Your Startup | We find senior engineers in 30 days or your fee back.
Internships for Summer | Paid marketing and design internships for college students.
Plumbers Wanted | Licensed journeyman plumbers, company van, $38-45/hour.
Grocery Store Team Members | Stockers, cashiers and deli associates. Benefits from day one.
"""
