# Second batch (x*), plain compliant: healthcare services, mental health,
# wellness, fitness, education and jobs.  Modest, verifiable claims only.
DATA = r"""
@ vertical=healthcare lang=en
Same-Week Dermatology Appointments | Mole checks and rashes seen by board-certified dermatologists. Most plans accepted.
Sports Physicals for $25 | Walk in before the season starts. Forms for all local leagues.
Hearing Test in 20 Minutes | Free screening at the audiology clinic, results explained on the spot.
Snoring Keeping the House Up? | ENT consultations within two weeks. Referral not needed for most plans.
Paediatric Dentist Who Loves Nervous Kids | TV on the ceiling, gentle pace, parents stay in the room.
Physio for Runners | Gait analysis and a rehab plan for shin splints and knees.
Midwife-Led Birth Centre Tours | Meet the team and see the birthing rooms. Second Saturday of each month.
Allergy Testing for Children | Skin-prick testing with results the same day.
Podiatry Walk-In Clinic | Ingrown toenails and heel pain treated without a referral.
Telehealth for Minor Illnesses | Colds, rashes and pink eye seen by a nurse practitioner by video. $39.
Mobile X-Ray for Care Homes | Imaging at the bedside, reports within 24 hours.
Cancer Screening Reminder | Adults 45 and over: ask your doctor about colorectal screening options.
@ vertical=mental_health lang=en
Therapy in Spanish and Portuguese | Licensed counsellors who speak your language. Video sessions.
Stressed About Exams? | Free drop-in sessions with campus counsellors during finals week.
Support Group for New Dads | Monthly meetups to talk about sleep, stress and everything else.
Mindfulness at Work Programme | Eight short sessions for teams. Run by a clinical psychologist.
Anxiety Workbook, Evidence-Based | CBT exercises written by psychologists. Paperback $18.
Peer Support for Veterans | Talk to someone who has been there. Free, confidential.
@ vertical=wellness lang=en
Float Tank Session | 60 minutes of quiet in warm salt water. First float $45.
Sauna and Cold Plunge Studio | Book a private room for two. Towels and robes included.
Tai Chi in the Park | Gentle morning class for all ages. Free, Tuesdays and Thursdays.
Breathwork Class for Better Sleep | Simple techniques in a one-hour evening class.
Chair Massage at Your Office | Fifteen-minute massages for staff. Book a therapist for a day.
@ vertical=fitness lang=en
Swim Lessons for Adults Who Never Learned | Small groups, shallow pool, patient coaches.
Climbing Gym Intro Night | Learn to tie in and belay in 90 minutes. Shoes included.
Pilates Reformer, Small Classes | Eight reformers per class. Intro pack of 3 for $60.
Running Club for Beginners | Couch to 5K in nine weeks. Meets Saturday at 8.
Strength Training for Over-60s | Build balance and bone strength with a qualified coach.
Pickleball Courts Now Open | Book online, paddles to borrow at the desk.
Baby and Me Stroller Walks | Postnatal fitness group that meets at the lake path. Bring the buggy, $8.
Rowing Club Open Day | Try a boat on the river with experienced members. Free.
@ vertical=education lang=en
Evening Welding Course | 10 weeks at the community college. Gear provided.
Coding Club for Girls | Ages 9-14 build games and websites on Saturdays. Free.
English Conversation Circle | Practise speaking with volunteers over tea. Free, Wednesdays at the library.
Learn Mandarin Online | Live classes with native teachers. First class free.
Homework Help Hotline | Call or chat with a teacher from 4 to 8pm. Free for district students.
Sewing Lessons for Teens | Learn to use a machine and make a tote in one afternoon.
Study Abroad Info Evening | Meet students back from Japan, Spain and Ghana.
SAT Prep, Small Groups | Six-week course with two full practice tests.
Food Handler Card Online | State-approved course and exam in 90 minutes. $10.
Online Bookkeeping Certificate | Self-paced, 12 modules, finish in 3 months.
Preschool Open House | Play-based learning, ages 3-5. Tour the classrooms Saturday.
Montessori Toddler Programme | Half-day sessions for 18 months to 3 years.
@ vertical=jobs lang=en
Crossing Guards Wanted | Two short shifts a day near elementary schools. $18 an hour, vest provided.
Pickers Wanted: Four-Day Week | Ten-hour shifts Monday to Thursday at our cold-storage hub. Thermal gear supplied.
Line Cooks Wanted | Fast-paced kitchen, free staff meals, weekly pay.
Seasonal Jobs at the Ski Resort | Lift operators, instructors and café staff. Free season pass.
Nurses: Sign-On Bonus $5,000 | RN positions in med-surg and ICU. Paid relocation.
Zookeeper Assistant, Reptile House | Full-time, some weekends. Animal-care experience a plus.
Court Interpreters, Vietnamese and Somali | Per-diem assignments across the county. Certification support.
Apprentice Electricians Wanted | Earn while you learn. Four-year programme with union wages.
Lifeguards Needed for Summer | Certification course paid for by the city. Ages 16+.
Home Care Aides | Flexible shifts, mileage paid. Training provided.
Veterinary Receptionist | Busy small-animal clinic, Monday to Friday.
Software Engineer, Payments Team | Hybrid role in Austin. Salary range $140K-$175K.
Museum Guide, Weekends | Share stories of our collection with visitors. Training included.
Tree Surgeon Crew Member | Climbing experience preferred. Full kit supplied.
"""
