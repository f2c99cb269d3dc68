# Tricky benign: money / health-claim / clickbait-sounding words used honestly.
# Real deadlines, real sweepstakes with official rules, free shipping, store
# credit, library loans and modest health claims are compliant.
DATA = r"""
@ vertical=retail_fashion lang=en tricky=1
Free Shipping, No Minimum | Every order ships free this week at Loomhaus. Ends Sunday 11:59pm PT.
~Free Shipping Through Sunday | No minimum order at Loomhaus until Sunday night.
Limited Time Offer: 25% Off Outerwear | Through October 31 on all jackets and coats.
Last Chance: Sale Ends Tonight | Our spring sale ends at midnight ET. Final markdowns on dresses.
Only 3 Left in Your Size | Our bestselling trench is almost gone in medium. Restock in June.
Guaranteed Fit or Free Returns | Not the right size? Exchange it free, as many times as you need.
Cashmere Sweaters From $89 | Grade-A cashmere crewnecks in 10 colors.
Investment Pieces for Your Wardrobe | Timeless wool coats built to last a decade.
Store Credit Bonus | Trade in your old denim and get $20 store credit toward a new pair.
Steal of a Deal | Leather jackets for $149, this week only.
~This Jacket Is a Steal | Genuine leather jacket $149 through Sunday.
Flash Sale: 2 Hours Only | 40% off all sneakers from 6-8pm tonight on the app.
Doorbusters Start at 6am | Friday doorbusters at all locations while supplies last.
@ vertical=electronics lang=en tricky=1
Price Drop Alert | The Orbit earbuds just dropped to $79. Set alerts for your wishlist in the app.
Warning: This Deal Won't Last | Our holiday TV prices end December 24. Price guaranteed until then.
Free Installation With Every TV | 55" and larger TVs include free wall mounting through January.
Win a Gaming Setup | Enter our back-to-school sweepstakes. No purchase necessary. Official rules at voltmart.com/rules.
~Back-to-School Sweepstakes | One grand prize winner gets a gaming PC and monitor. No purchase necessary. See official rules.
Virus Protection for Your PC | Antivirus and firewall for 5 devices. $29.99 for the first year.
Security Alert Feature | Our home cameras send instant alerts when someone's at the door.
Battery Health Check, Free | Bring your phone in for a free battery health test. Replacement from $49 if needed.
Your Phone Deserves Better | Upgrade to the new model with $200 off when you trade in.
Doctors Use These Headphones | Our clinical-grade stethoscope headphones are used in 300 hospitals for telehealth.
@ vertical=healthcare lang=en tricky=1
Weight Management Program | Work with a registered dietitian. Members lose an average of 1-2 lbs a week. Covered by many plans.
~Dietitian-Led Weight Program | Realistic, steady progress with a registered dietitian. Many insurance plans cover it.
Diabetes Prevention Program | CDC-recognized lifestyle program. Free for eligible adults.
Feel Better Faster | Urgent care with short waits and on-site X-ray.
Doctor Recommended Sunscreen | Dermatologists recommend daily SPF. Ours is SPF 50 mineral and fragrance-free.
Clinically Tested Toothpaste | Reduces sensitivity in 2 weeks with twice-daily brushing.
Heal Faster After Surgery | Post-surgical rehab with licensed physical therapists.
Smoking Cessation Works | Quitting reduces your heart disease risk within a year. Free help at 1-800-QUIT-NOW.
Pain Relief Without Pills | Acupuncture with licensed practitioners. Covered by some plans.
Miracle Babies NICU Reunion | Families of our NICU graduates are invited to the annual picnic.
@ vertical=food_beverage lang=en tricky=1
Millionaire's Shortbread | Caramel and chocolate shortbread squares, box of 12.
Rich, Creamy Cheesecake | New York cheesecake by the slice or whole.
Secret Family Recipe Salsa | Our grandmother's salsa, now in jars. Medium and hot.
Cured Meats Board | Prosciutto, salami and aged cheeses for entertaining.
Chicken Stock in Stock | Organic bone broth, 6-pack. Back in stock.
Double Your Points | Earn double loyalty points on groceries every Tuesday.
Free Coffee for a Year | Join our rewards app by March 1 for a chance to win. No purchase necessary, official rules in app.
Gold Rush Honey | Raw honey with real honeycomb pieces.
@ vertical=education lang=en tricky=1
Earn College Credit This Summer | Transferable credits at community college tuition.
Get Paid to Learn | Paid apprenticeships in electrical and HVAC trades.
Make Money Skills | Financial literacy course for teens: budgeting, saving and first paychecks.
Stock Market Basics Library Talk | Free educational talk at the library. No products sold, no advice given.
The Secret to Better Grades | Study skills workshop for high schoolers: planning, note-taking and sleep.
Unlock Your Potential | Career change courses with mentors in tech and healthcare.
@ vertical=entertainment lang=en tricky=1
Ebooks on Loan From Your Library | Borrow bestsellers free with your library card.
Tool Lending Library | Borrow drills, ladders and saws with a free membership.
Trading Card Show | Buy, sell and trade sports and game cards. Saturday at the Civic Center.
Stock Photos Free | 10,000 free high-resolution stock photos for commercial use.
Film Credits Roll Call | Behind-the-scenes documentary about the crews who make movies.
You Won't Believe Your Eyes | Illusion show at the Science Museum. Family tickets $40.
Jaw-Dropping Views | Glass-floor observatory on the 88th floor. Sunset tickets.
@ vertical=nonprofit lang=en tricky=1
Your Gift Doubles Today | A donor will match every gift up to $50,000 through midnight Dec 31.
Nonprofit Profit-Sharing Webinar | How social enterprises reinvest profits into their mission.
Urgent: Blood Supply Low | Type O donors needed this week. Book an appointment.
Only 12 Spots Left | Register for the charity bike ride before it sells out.
@ vertical=software_saas lang=en tricky=1
Get Paid Faster | Invoicing software with automatic reminders. Free for 30 days.
Alert Fatigue? We Can Help | Smarter on-call alerting that groups duplicate alerts.
Your Computer Is Slow? | Upgrade to an SSD at our service center and boot in seconds.
Warning Signs Your Backups Are Failing | Free webinar with our data recovery engineers.
Guaranteed Uptime | 99.99% uptime SLA with service credits if we miss it.
Crack Down on Spam | Email filtering that blocks 99% of phishing and spam.
@ vertical=home_garden lang=en tricky=1
Lose the Clutter in a Weekend | Professional home organizers. Book a free consultation.
Miracle Growth? Just Good Compost | Our compost is nothing magic: just rich organic matter your plants will love.
Energy Savings Guaranteed | If our insulation doesn't cut your heating bill, we refund the difference.
Cure Your Concrete Right | Concrete curing compound for driveways and patios.
Kills Odors at the Source | Enzyme cleaner for pet accidents. Safe on carpets.
"""
