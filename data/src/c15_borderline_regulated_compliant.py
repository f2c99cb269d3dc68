# Borderline-but-compliant ads from regulated-adjacent verticals, following
# the README rules: responsible-gambling help, gun-safety PSAs without product
# promotion, dealer-level retail financing, deposit products, OTC medicines,
# alcohol-free products, adult-adjacent wellness without sexual framing,
# nonprofit disaster relief, civic information that is not electoral.
DATA = r"""
@ vertical=healthcare lang=en
!Gambling Problem? Call 1-800-GAMBLER | Free, confidential help 24/7 for you or a loved one.
~!Worried About Your Betting? | Confidential help for gambling problems. Call or chat any time.
!Alcohol Use Disorder Treatment | Outpatient programs with medical support. Most insurance accepted.
!Free Narcan at the Library | Pick up free naloxone and training, no questions asked.
!Allergy Season Prep | Non-drowsy antihistamines 2-for-1 at Greenway Pharmacy. Use as directed.
!Pain Reliever, 200 Count | Ibuprofen tablets, store brand, $6.99. Read and follow label directions.
!Cold and Flu Aisle | Stock up on tissues, throat lozenges and OTC cold relief before winter.
!Prenatal Vitamins | Folate, iron and DHA. Ask your doctor which prenatal is right for you.
!Travel Vaccine Clinic | Yellow fever, typhoid and hepatitis A vaccines before your trip. Book online.
!Pharmacy Delivery Hours | We now deliver household essentials from our pharmacy until 9pm.
Diabetes Supplies | Glucose meters, test strips and lancets. Most insurance accepted.
Lactose-Free Milk | Real milk without the lactose. Same taste, easier on your stomach.
Blood Pressure Monitors | Upper-arm monitors validated for accuracy. Store in app.
!Smoking Cessation Support Group | Weekly peer group for people quitting tobacco. Free, hosted by the hospital.
!Hearing Aids, OTC | FDA-registered over-the-counter hearing aids for mild hearing loss. $699 a pair.
!Nicotine Patches to Quit | Step-down patch program to help you quit smoking. Use as directed.
@ vertical=sports_outdoors lang=en
!Gun Safety Course for New Owners | Learn safe storage and handling. Classroom only, no products sold.
!Free Gun Locks | The sheriff's office gives free cable locks to any resident. Store firearms safely.
!Hunter Education Certification | State-required hunter safety course, online and field day.
Safe Storage Saves Lives | Lock it up. A public service message from Families for Safe Homes.
!Knife Skills Class | Learn to dice, julienne and chiffonade in our 2-hour cooking class.
!Archery Range Open Hours | Public target range open weekends. Certified range officers on duty.
Fishing Tackle Sale | Rods, reels and lures 20% off for opening day.
!Camping Hatchets for Firewood | Forged steel hatchet with sheath for splitting kindling.
Multitool for Everyday Repairs | Pliers, screwdrivers and scissors in one. 10-year warranty.
!Deer Season Clothing | Blaze orange hats and vests in all sizes. Apparel only.
!Museum of Military History | Tanks, aircraft and uniforms from 1900 to today. Family tickets $30.
@ vertical=food_beverage lang=en
!Alcohol-Free Spirits | Botanical distilled alternatives to gin and whiskey, 0.0% ABV.
~!Zero-Proof Spirits | Distilled botanicals, 0.0% alcohol, made for mocktails.
!Dry January Challenge | Free app to track alcohol-free days and money saved.
!Designated Driver Program | Free soft drinks for designated drivers at all Lakeside restaurants.
!Sober Living Homes | Safe, structured housing for people in recovery.
Rideshare Home Tonight | Get home safe. New riders get $10 off.
Craft Soda Subscription | Small-batch sodas in flavors like yuzu and cola nut.
Tea Sommelier Course | Learn to taste and pair teas like a pro. Certificate included.
@ vertical=finance lang=en
Savings Goals Made Simple | Open a high-yield savings account and set automatic transfers. Member FDIC.
Certificate of Deposit, 12 Months | 4.25% APY fixed for 12 months. Member FDIC.
Kids' Debit Card | Parents set limits, kids learn to manage money.
Retirement Calculator | Free tool: see if you're on track. No account needed.
Tax Refund Tracker | Check the status of your refund and get filing reminders.
Fraud Alerts for Your Accounts | Get a text if a charge looks unusual. Free for customers.
Financial Counseling, Free | Nonprofit credit counselors help you make a budget. No loans offered.
Cash Flow Dashboard for Business | See money in and out across all accounts. Free trial.
Receipt Scanner App | Snap receipts and export expenses for tax time.
Money Management Class for Teens | Budgeting and saving workshop at the library. Free.
Currency Exchange at the Airport | Pick up euros and pounds before your flight. Order online.
Payroll Cards for Employees | Pay unbanked employees with no-fee cards.
@ vertical=personal_care lang=en
Postpartum Recovery Kit | Perineal spray, pads and a peri bottle. Everything for the first weeks.
!Pregnancy Test, 2-Pack | Early detection tests, 99% accurate from the day of your missed period.
Period Underwear | Leak-proof underwear that replaces pads and tampons.
Menstrual Cups | Reusable cup in 2 sizes. Lasts up to 10 years.
Couples Counseling | Licensed therapists for relationship issues. In person or online.
!Intimacy Workshop for Couples | Communication and trust workshop led by a licensed marriage therapist.
Sleepwear for Women | Cotton pajama sets and nightgowns in sizes XS-3X.
!Swimsuit Sale | One-pieces and two-pieces in sizes 0-24. Full coverage options.
!Pelvic Health Physiotherapy | Specialist physios for postpartum and pelvic pain.
!Prostate Health Clinic | Screening and treatment with board-certified urologists.
@ vertical=entertainment lang=en
!Trivia Night, Prizes for the Winners | Free entry, gift cards for the top three teams.
!Board Game Tournament | Catan championship Saturday. Trophies, no entry fee.
!Arcade Bar for Families | Classic arcade games, pizza and ice cream. Kids welcome until 8pm.
!Fantasy Football League for Fun | Free league with friends, bragging rights only. No money involved.
!Chess Prize Tournament | Trophies and book prizes for every section. Entry $10.
!Crossword Contest | Solve the Sunday puzzle and win a subscription.
@ vertical=nonprofit lang=en
!Earthquake Relief Fund | Our teams are delivering water, tents and medicine. Donate to help survivors.
~!Help Earthquake Survivors | Water, tents and medical care delivered by our teams. Give now.
!Wildfire Recovery Donations | Help families who lost homes in the Carr Valley fire rebuild.
!Hurricane Relief Volunteers | Join cleanup crews in affected neighborhoods. Training provided.
!War Refugee Aid | Provide winter kits for displaced families. $50 buys a kit.
!Flood Relief Supplies Drive | Drop off cleaning supplies at any fire station this week.
!Memorial Scholarship Fund | Honoring the victims of the Lakeview bus crash with scholarships for students.
!Pandemic Orphans Support | Help children who lost caregivers to COVID-19 stay in school.
@ vertical=government lang=en
!Jury Duty Information | Learn what to expect and how to request a new date online.
Property Tax Payment Deadline | Pay online by April 10 to avoid penalties.
Road Closure Alert: Main Street | Main Street closed June 3-5 for repaving. Plan your route.
!Boil Water Notice Lifted | Tap water in District 2 is safe to drink again.
Emergency Alerts Sign-Up | Get texts about severe weather and emergencies in the county.
City Budget Survey | Tell us your priorities for parks, roads and libraries. 5 minutes.
Passport Renewal Season | Renew early: processing takes 6-8 weeks.
!Free Radon Test Kits | The health department offers free radon kits to residents.
@ vertical=dating lang=en
!Dating App for Introverts | Slow dating: one match a day, thoughtful questions, no swiping.
Date Night Ideas Newsletter | Weekly date ideas in your city, from cooking classes to hikes.
!Over-60 Singles Dance | Ballroom social for single seniors. Lessons at 7pm, dancing at 8.
!LGBTQ+ Dating App | Meet people who get you. Verified profiles, serious connections.
"""
