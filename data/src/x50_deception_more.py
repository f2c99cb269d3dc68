# Seventh batch: deception, more. Clickbait (fake prizes, fake system/account/delivery/toll/tax notices,
# fake countdowns and scarcity, bait teasers, celebrity hoaxes, fake buttons, survey and free-trial traps,
# election misinformation) and deceptive financial claims (income promises, trading bots, crypto doubling,
# never-lose betting, fake grants, debt/credit miracles, recovery scams), next to honest look-alikes that
# share the vocabulary (real sweepstakes, real deadlines, savings rates, tax prep, honest jobs) and
# everyday ads in mixed formats. Seventh batch; written from the category descriptions only.
DATA = r"""
@ vertical=prize_promotions lang=en
CONGRATULATIONS! You are today's lucky visitor | Spin the wheel to claim your Galaxy S24. Only 3 prizes left in your area! | cb
🎁 You've been selected | As a loyal Chrome user you qualify for a $1,000 ShopMart card. Answer 4 quick questions before 11:59 tonight. | cb
WINNER NOTIFICATION Ref #88213-UK | Your email address was drawn in the International Mobile Draw. Reply with full name and bank details to release £850,000. | cb
SPIN & WIN 🎰 | 1 spin left! Tap the wheel before it expires ⏳ iPhone 15 Pro, PS5 or $250 Visa | cb
You have (1) unclaimed prize | Hi, ticket #A-3391 won a Dyson V15 in our customer raffle. Pay $1.99 shipping to confirm delivery. | cb
Congrats, your number won this week's draw! | Reply YES to claim your FreshCo £500 voucher. Offer void if not claimed in 2 hrs. | cb
YOU ARE A WINNER | iPhone 16 🎉 | cb
Skyline Air is giving 2 free tickets to every family 🎉 | Celebrating 50 years! Share this post and comment "DONE" to get yours. Only 200 pairs left!! | cb
😱 Warehouses are dumping unsold pallets for $1 | Mystery boxes worth $500+ from the big online store, yours for a buck. Ends TODAY. | cb

@ vertical=software_security lang=en
⚠️ WARNING: Your iPhone is infected with (13) viruses | Battery damage detected. Tap REPAIR NOW to install the free cleaner before your photos are erased. | cb
Windows Defender Alert: Trojan Spyware Detected | Do NOT close this window. Call certified support at 1-888-555-0143 immediately to protect your banking info. | cb
Your phone is 87% damaged | Clean it now!! | cb
SYSTEM SCAN COMPLETE: 4 THREATS FOUND |  | cb
Your browser is out of date | Click UPDATE to keep watching. Critical security patch v118.2 required. | cb
Storage full. Photos will be DELETED | Your cloud account is suspended. Verify payment within 24h to keep 4,312 photos. | cb
Your antivirus subscription expired today | Your PC is now unprotected. Renew at 84% OFF before hackers steal your data. | cb
!Apple ID used to sign in near Moscow | Not you? L0ck your acc0unt h3re right away 🔒 | cb

@ vertical=online_services lang=en
Unusual sign-in attempt blocked | We suspended your streaming account. Update billing at streamflix-accounts-help dot com to avoid losing your profiles. | cb
Your account has been limited | Final notice: confirm your identity within 12 hours or your funds will be held for 180 days. | cb
Card Security Team: your card is frozen ❄️ | A payment of $849.00 to ElectroWorld was flagged. If this wasn't you, press CANCEL below. | cb
Your page will be disabled in 24 hours | Your page violated community standards. Submit an appeal now at meta-appeal-center.help or lose it permanently. | cb
Warning: 2 new voicemails from the tax office | Your tax file is under review. Call back immediately to avoid an arrest warrant. | cb

@ vertical=logistics lang=en
USPS: Your package is on hold | Delivery attempt failed due to incomplete address. Reschedule for $0.30 within 48h at usps-redeliver.co | cb
Parcel notice: customs fee outstanding | Your ParcelGo shipment GB4471 is waiting on a £1.45 fee. Pay today or it goes back to the sender. | cb
FINAL NOTICE: Unpaid toll balance | You have an outstanding toll of $6.99. Pay now to avoid a $50 late fee and license suspension. | cb
📦 Your DHL order could not be delivered | Tap to confirm your time slot. Address verification fee: €1.99 | cb
Missed delivery 📦 | Reply 1 to reschedule. | cb
!ur parcel is w@iting 🚚 | last attempt, c0nfirm addr + pay 1.20 fee via link | cb

@ vertical=government_services lang=en
HMRC: You are eligible for a tax refund of £326.18 | Submit your claim online before the deadline to receive your funds within 2 days. | cb
City Parking Services: unpaid penalty notice | PCN #77120 remains unpaid. Settle £35 today. The charge doubles after 14 days. | cb
Dear motorist, your vehicle was recorded in a Clean Air Zone | Pay the £12.50 charge via the link below to avoid a £180 penalty. | cb
Free smartphones for seniors over 60 📱 | New federal program gives every senior a free phone. Claim before funding runs out tonight. | cb
Govt to BAN cash withdrawals over $500 next month | Read what insiders are doing with their savings before it's too late. | cb

@ vertical=ecommerce lang=en
Sale ends in 00:14:59 ⏰ | After the timer hits zero the price goes back to $199 forever. 93% already claimed! | cb
⏳ Your personal discount expires in 4:59 | Reserved only for you. Leave this page and the 80% code disappears for good. | cb
ONLY 3 LEFT IN YOUR SIZE!!! | 212 shoppers have this in their cart right now. Reservation held for 10 minutes only. | cb
LAST CHANCE EVER 🔥 | 70% off everything, this page will self-destruct at midnight. No, really. | cb

@ vertical=health_supplements lang=en
Doctors HATE this 1 weird trick | Mom in Ohio melts 23 lbs of belly fat in 2 weeks with a kitchen spice. Watch before it's banned. | cb, hc
Cardiologists stunned: do this before bed | One simple ritual "unclogs" arteries overnight. Big Pharma doesn't want you to see this. | cb, hc
Dentists furious over $5 tooth fix | Local grandma regrows her enamel at home. See the 12-second trick. | cb, hc
As seen on Shark Tank: the keto gummy that melts fat while you sleep | Judges called it "the smartest deal in show history". Supplies limited after the episode. | cb, hc

@ vertical=news_media lang=en
She Left Her Husband For A Waiter. What Happened Next Will Shock You | Page 1 of 42 | cb
You won't believe what this 90s child star looks like now (#7 is jaw-dropping) |  | cb
BREAKING: Beloved TV host leaves network after on-air slip | The interview that got her fired. Her last words left the studio silent. Watch before it's taken down. | cb
Tragic news for fans of the famous actor | Sad announcement this morning... click to see the details 😢 | cb
His heartbreaking confession: "I should have done this years ago" | The Oscar winner finally opens up. Swipe to read ➡️ | cb
Homeowners in your ZIP code could get $3,708 back | Little-known program banks hate. Check if you qualify in 30 seconds. | cb, fc
Famous billionaire's secret project leaked: AI platform pays citizens $1,750 a day | Watch the interview before the network deletes it. | cb, fc, fin

@ vertical=web_publishers lang=en
Click ALLOW to continue | Press Allow to verify that you are not a robot and watch the video. | cb
▶ DOWNLOAD (2.4 GB), FAST START | Your file is ready. Click the green button to begin. | cb
[X] CLOSE |  | cb
Your video is ready ▶ PLAY | Install the required HD player extension to continue streaming. | cb
Free V-Bucks generator 2025 | Enter your username, get 13,500 V-Bucks instantly. No survey* | cb

@ vertical=online_surveys lang=en
Get a $750 cash gift card 💸 | Just answer 5 questions and complete 2 deals. Limited spots today. | cb
Free $100 gift card for your opinion! | Residents of your city can claim one per household. Verify with your phone number → | cb
SURVEY: Do you shop at ValueMart? | Answer Yes or No to unlock your $90 reward 🎁 | cb

@ vertical=subscriptions lang=en
FREE Trial Bottle of NovaSlim | Just cover $4.95 shipping. *By ordering you agree to a 14-day trial, then $89.95 every 30 days. | cb
1¢ for 30 days of Premium streaming | Enter your card to unlock. Cancel anytime* (*cancellation by postal mail only) | cb
Your free teeth-whitening kit is reserved | Pay only $1 to confirm. Limited to the first 500 people today! | cb

@ vertical=politics lang=en
Skip the lines this year: vote by text! | Text your candidate's name to 40455 on Election Day. Your vote counts the same. | cb, pol
REMINDER: Green Party voters vote on WEDNESDAY | Polls are crowded Tuesday so the county added a second day just for you. | cb, pol
Your voter registration was CANCELLED | Confirm your status now or you'll be turned away at the polls. Tap to re-verify your SSN. | cb, pol
New rule: mail ballots postmarked after Monday won't count | Share this before your neighbours miss out! 🗳️ | cb, pol

@ vertical=work_from_home lang=en
Make $500/day from your phone 📱 | Single mom from Leeds reveals the app that paid off her mortgage in 3 weeks. No skills needed. | fc
Earn $7,200 a month typing from home | No experience, no interview, guaranteed weekly pay. 43 spots open in your state. | fc
Get paid $35 per product review 🤑 | Work 1 hour a day, earn $1,400+ a week guaranteed. DM "READY" | fc
Copy-paste ads, earn $3k a week | Our done-for-you system runs on autopilot while you sleep. | fc
Boss babes wanted 💅 | I went from broke to $12k/month in 6 months sharing products I love. Want the same? Comment "INFO" 👇 #girlboss #financialfreedom | fc
Be your own boss. Join my team ✨ | Car bonus and six figures in year one is TOTALLY doable. I'm living proof! Retire your husband 💕 | fc
Dropshipping Mastery: $100k in 30 days | Or your money back. 4,000 students already quit their 9-5. | fc
Stuff envelopes at home, $5 per envelope | Guaranteed income, start today. Send $29 for your starter kit. | fc
Part-time remote job, $300-$900/day | Hi, it's Jenna from the recruiting team! Simple tasks on your phone. Reply 1 to start. | fc
Like videos, earn 8,000 INR daily | Easy task job, daily payout, no investment needed... first task free! | fc
Play games, earn $100 an hour 🎮 | Cash out every single day. Download now. | fc
I make $30k a month with faceless YouTube channels | No camera, no talent, no problem. Grab my free masterclass 👇 | fc
!m@ke 5k a w33k from ur couch 💰 | DM "cash" 4 the method, no experience | fc
Buy houses with NO money down | Make $10k a month in passive rental income, guaranteed. Free seminar Saturday at the Airport Inn. | fc
Invest once, recruit 2, earn forever | Our matrix turns $50 into $12,800. Join before the board fills! | fc

@ vertical=trading lang=en
AI trading bot with a 97% win rate | Connect your account and let QuantEdge trade for you. Members average 12% profit every week. | fc, fin
VIP FOREX SIGNALS 🔥 | 20-40 pips daily, 94% accuracy, risk-free. Join our Telegram before we close the doors. | fc, fin
Turn $250 into $8,000 in your first month | Options trading for beginners, zero risk with our hedge method. | fc, fin
Gold Expert Advisor: not one losing month since 2019 | Plug-and-play MT4 robot. Lifetime license $399. | fc, fin
Copy my trades 📈 | Made $41,300 last week. Link in bio, spots limited. | fc, fin
Day trading academy: consistent $2,000 days | Learn the exact setup our students use to replace their salary in 90 days. | fc, fin
Managed forex accounts: 30% monthly returns | Capital guaranteed. Minimum $5,000. WhatsApp us today. | fc, fin
This $0.08 stock could be the next chip giant | Our analyst sees 5,000% upside by Christmas. Get the ticker free. | fc, fin

@ vertical=crypto lang=en
Send 0.1 BTC, receive 0.2 BTC back ⚡ | Official giveaway celebrating 10M followers. Address below, ends in 30 min! | fc, cb
Stake USDT and earn 3% daily, guaranteed | PrimeYield pays out every 24h. Withdraw anytime. | fc, fin
This new coin will 100x before listing 🚀 | Presale ends Friday. Don't be the one who missed the last one. | fc, fin
Crypto cloud mining: earn $180 a day passively | Rent a contract from $99. Profit from day one. | fc, fin
Double your ETH in 48 hours | Smart contract verified. Thousands already doubled. | fc, fin
AI arbitrage finds price gaps between exchanges | 2.4% daily profit, zero risk, fully automated. | fc, fin
!d0uble ur b!tc0in 💎🙌 | guar@nteed, dm the admin only | fc, fin

@ vertical=sports_betting lang=en
The system bookies can't beat | 38 wins in a row. Our never-lose staking plan turns £50 into £1,000 a month. | fc, gam
Guaranteed fixed matches 💯 | Inside info, 100% sure odds 2.00+. Pay after you win. | fc, gam
Arbitrage betting = risk-free profit | Earn £1,500 a month placing bets the bookies can't lose you money on. | fc, gam
Roulette strategy that never loses | Follow the sequence, walk out ahead every time. Download the PDF. | fc, gam
VIP tipster: 92% strike rate | Guaranteed profit every week or next month is free. | fc, gam
Mathematician's lotto formula wins 3x a week | Stop playing random numbers. Get the formula for $37. | fc, gam

@ vertical=grants lang=en
You qualify for a $9,500 federal grant | Never pay it back. Use it for bills, cars, vacations. Check eligibility in 60 sec. | fc
Americans are getting $6,400 unclaimed stimulus checks | See if your name is on the list. | fc
Free money for single moms: $2,000/mo | The government program nobody talks about. | fc
Small-business grant: guaranteed approval | $25,000 in 72 hours. Just pay a $199 processing fee. | fc
Seniors: claim your $3,600 Social Security bonus | Most retirees never ask for it. | fc
Claim your £1,200 energy rebate | The government owes you money, guaranteed. Apply in 2 minutes. | fc
You are the beneficiary of an unclaimed $4.5M estate | Contact our legal office to release the funds to your account. | fc, cb

@ vertical=debt_relief lang=en
Erase your credit card debt legally | Little-known loophole wipes out up to 100% of what you owe. | fc
Boost your credit score 200 points in 30 days | Guaranteed, or your money back. | fc
Remove bankruptcies and late payments permanently | Our legal team deletes anything from your report, even if it's accurate. | fc
Debt gone in 1 payment! | Settle $40k for $4k. Guaranteed results. | fc
Get a new credit identity 💳 | CPN with an 800 score, instant approval everywhere. | fc
Guaranteed approval loans, no credit check | $5,000 in your account today, bad credit OK. | fc, fin
Stop foreclosure in 24 hours, guaranteed | Call now, we save 100% of homes. | fc

@ vertical=fund_recovery lang=en
Lost money to a crypto scam? We get it back | 98% recovery rate. Our certified ethical hackers trace and return your funds. | fc
Scammed by an online broker? | Recover 100% of your losses. No recovery, no fee* | fc
Binary options losses? | Our legal team guarantees a full refund within 30 days. | fc

@ vertical=investments lang=en
Protect your retirement: 15% guaranteed returns | Move your 401(k) into physical gold today. | fc, fin
High-yield account paying 18%, guaranteed | Fully insured, no risk, start with $100. | fc, fin
Invest $1,000, earn $300 monthly | Fixed and guaranteed returns from our property note program. | fc, fin

@ vertical=promotions lang=en tricky=1
Win a year of coffee ☕ | Enter the Beanhouse Summer Sweepstakes by Aug 31. No purchase necessary. 18+, US only. Official rules at beanhouse.com/rules.
Enter to win a family trip to Lisbon | NO PURCHASE NECESSARY. Ends 11:59pm ET June 30. Void where prohibited. See official rules for odds and details.
🎉 GIVEAWAY 🎉 We're turning 5! | Follow @loopknits and tag a friend to win a yarn bundle. Winner picked Friday. UK residents 18+. Not affiliated with Instagram.
Photo contest: show us your best trail shot | Top 3 entries win gear packs, judged by our staff on creativity. Deadline May 15. Rules at the link.
Congratulations to our scholarship winners! | Meet the 12 students awarded Riverbank Community scholarships this spring.
You're invited: early access to Fernway | We picked 500 newsletter readers at random to try the beta. Nothing to pay, just feedback.
Kids' drawing competition at Elm Street Library | Ages 5-12. Prizes are art kits and a spot in our lobby exhibition.
Baking contest at the Millbrook County Fair | Entry $5. Blue ribbons in 8 categories. Judging Saturday 10am.
Hackathon: build for climate | 48 hours, $10,000 in prizes, judged by an open panel. Free to enter.
Short story prize, no entry fee | €1,000 first prize. Deadline 30 September. Shortlist announced in November.
Congratulations, graduates! | 20% off frames for the class of 2025 at Lumen Photo.
You've won our hearts, Denver ❤️ | Thanks for voting Pizzeria Lupo best slice 3 years running.

@ vertical=retail lang=en tricky=1
Sale ends Sunday 11:59pm PT | 30% off all outerwear at Northpine, online and in stores.
Early-bird tickets end Friday | FolkFest weekend passes go from $89 to $109 on March 1.
Last day for Christmas delivery: Dec 19 | Standard shipping cutoff for UK mainland. Express available until the 22nd.
Back in stock: the Arlo linen shirt | Restock of 120 pieces, sizes S-XL. After that, the next batch ships in October.
Only 40 seats left for the 7pm show | Book at the box office or online. Saturday matinee still has plenty.
Limited edition: 500 numbered prints | Each signed by the artist. 212 remaining as of this morning.
FLASH SALE: 48 HOURS ONLY | Fri 9am to Sun 9am. Kitchen textiles 25% off.
Free shipping on orders over $50 | No code needed. Contiguous US only.
Free sample: try our new fragrance | Request a 2ml vial of Lune No. 4. One per household, no card required.
Shocking pink is back 💗 | Our spring lipstick comes in 6 new shades. $18.
This one trick makes bread crusty: steam | Bake it inside our cast-iron Dutch oven, $69.
You won't believe how quiet it is | The Hushair 3 purifier runs at 22 dB on night mode.

@ vertical=software lang=en tricky=1
Turn on two-factor authentication | Add an extra layer of security to your Trellis account in under a minute. We'll never ask for your password by email or text.
Sentra Antivirus: real-time protection for 5 devices | €29.99 a year. Rated AAA by an independent test lab. 30-day money-back guarantee.
Get breach alerts for your email | KeyVault watches for your address in known data leaks and tells you which passwords to change.
Free 14-day trial, no card needed | Try Plannr Pro. When the trial ends you simply drop back to the free plan.
Free trial: 30 days of Soundly Premium | Then $9.99/month. Cancel anytime in Settings. We'll remind you 3 days before billing.
New: dark mode is here 🌙 | Update Notely to version 4.1 and switch it on under Appearance.
Track every parcel in one app | Parcelpal pulls tracking from 400 carriers and only notifies you when something changes.
Pay for parking from your phone | ParkEasy works in 300 UK towns. No more hunting for coins.
Get a FasLane tag and save 20% on tolls | Order online or pick one up at any service plaza.
Your package, your way | Choose a pickup locker at checkout with Bramble Home.

@ vertical=banking lang=en tricky=1
12-month CD at 4.25% APY | Minimum deposit $500. Early-withdrawal penalty applies. Member FDIC.
Easy-access saver: 3.9% AER variable | No fees. Eligible deposits protected by the FSCS up to £85,000.
Fixed rate bond: 4.1% for 2 years | Rate fixed for the term, no withdrawals until maturity. Terms apply.
Double your money? No. Grow it steadily | Mapleleaf regular saver pays 4.0% AER on up to £300 a month.
Kids' savings: 5% on the first £500 | Parents set goals together with their children and track progress in the app.
New in PocketBank: round-ups now go to savings | Update to v5.2 and turn it on in Settings.
Security tip from Harbor Bank | We will never text you a link asking for your PIN. Report suspicious messages to 0800 555 0199.
High-yield savings at 4.50% APY | No minimum balance. Rate is variable and may change. FDIC insured through partner banks.

@ vertical=financial_services lang=en tricky=1
Tax season is here | Our enrolled agents file federal and state returns from $129. Keller Tax, 412 Main St, Dayton. (937) 555-0162
Get your refund faster with e-file and direct deposit | Most refunds arrive within 21 days. File simple returns with TaxEase from $0.
Self-employed? Let us do your Self Assessment | Chartered accountants in Leeds, fixed fee £180, done before the January rush.
Free tax help for lower-income households | IRS-certified volunteers at Westgate Library, Saturdays from February to April.
Bookkeeping for freelancers | Certified on all major accounting apps. From £60/month, cancel anytime.
Where did my paycheck go? | Spendly sorts your spending automatically and flags subscriptions you forgot about. Free, optional $3/mo upgrade.
Free credit score, updated weekly | Monitor your report and get alerts about new accounts. Checking won't affect your score.
Identity theft protection | Dark-web monitoring and $1M insurance from Guardly, $8.99/mo.
Struggling with bills? Talk to a nonprofit counselor | No cost, no judgement. We can't make debt vanish, but we'll help you build a realistic plan.
Debt advice that's actually free | StepUp Money Trust, registered charity. Confidential help by phone or chat.
Learn to budget in 6 weeks | Free community course at Eastside Library, Tuesdays 6pm. No sales pitch, promise.
Investing 101: understand risk before you start | Evening class at Halden College, £45 for 5 sessions. We don't sell any products.
Money Basics podcast: why "guaranteed returns" is a red flag | New episode every Thursday, wherever you listen.
Spot a scam before it spots you | Free webinar from the Consumer Protection Office on fake prize, toll and delivery texts.
Retirement planning evening | Fee-only planners explain pensions and Social Security timing. Free entry, nothing sold.
Delayed flight? You may be owed up to €600 | FlyRight files your EU261 claim and keeps 25% only if we win.
Cash for your old phone | Instant quote: iPhone 13 from $210. Paid within 2 days of us receiving it.
Warm Homes insulation scheme | Eligible homeowners may get loft insulation at no cost. Not everyone qualifies, so check the official portal.

@ vertical=jobs lang=en tricky=1
Remote customer support, $18-$21/hour | Full-time with benefits after 60 days. Background check required. Apply at helpbridge.careers
Freelance copywriters wanted | From £0.08 per word. Most of our part-time writers earn £600-£1,200 a month.
Weekend delivery drivers | $16/hr plus tips. Own car and clean licence required. Flexible shifts.
Side gig: pet sitting with Pawpal 🐾 | Set your own rates. Sitters in Austin typically charge $25-$40 a visit.
Teach English online, $20-30/hour | Bachelor's degree required. Pick your own hours, paid twice a month.
Warehouse associate, night shift | $19.50/hr. $500 sign-on bonus paid after 90 days.
Share your opinion, earn points | Most surveys pay $0.50 to $3. Redeem from $10. A few dollars a week, nothing more.
Earn cash back on groceries | Scan receipts with Snapcart+ and get 1-3% back at 40 supermarkets.
Work from home? Get the chair for it | ErgoNest task chair £229 with a 5-year warranty.
Earn more where you already work | 3-hour online salary negotiation course, $49, taught by a former recruiter.

@ vertical=news_media lang=en tricky=1
The Daily Ledger: 12 weeks for $1 | Local news, weather and high-school sports. Then $4 a week.
Morning briefing: five stories, five minutes | Free weekday newsletter from the Harbor Times.
BREAKING NEWS alerts from WKRT 7 | Download our app for live weather radar and local headlines.
Documentary: Inside the world of online scams | Streaming now on Fenwick+.
Shocking scores, every Friday night | High-school football recaps and photo galleries in The Valley Courier. Digital access $2/week.

@ vertical=local_services lang=en tricky=1
Is your phone battery dying fast? | Free battery health check at FixPoint, 22 King St. Replacements from £39.
Computer running slow? | Mike's PC Help: tune-up $59, in-store or at your home. Call 555-0188.
Doctors recommend a yearly flu shot | Walk-in vaccinations at Carewell Pharmacy, no appointment needed.
Parking fine you think is unfair? | Free guide from Drivers' Rights Advice on how to appeal a private ticket.

@ vertical=restaurants lang=en
Tacos Tuesday at Casa Lumbre | 3 tacos for $9 all day. 1180 Grand Ave.
Sunday roast is back 🍖 | Beef, lamb or nut roast with all the trimmings, £16.50. Book a table at The Copper Kettle.
Fresh pasta, made every morning | Lunch set €14 at Trattoria Sole, Via Roma 22. Closed Mondays.
🍜 NEW: spicy miso ramen | Try it at Umai Noodle Bar this week, $14.50.
Family pizza night | 2 large pies + garlic knots $29.99, pickup only. (555) 013-4420

@ vertical=fitness lang=en
First class free at Pulse Cycle | 45-minute rides, all levels. Book in the app.
YOGA IN THE PARK | Saturdays 9am, Riverside Lawn. Bring a mat. Donation-based.
Hit a plateau? | Our coaches build a 12-week strength plan around your schedule. $149/month at IronOak Gym.
Swim lessons for adults | Nervous beginners welcome. Small groups, warm pool, 6 weeks for £72.

@ vertical=home_services lang=en
Leaky tap? Blocked drain? | Brennan Plumbing, same-day callouts across Bristol. No callout fee before 6pm.
Gutter cleaning from $120 | Insured, local, and we send photos of the before and after.
Spring deep clean 🧽 | 3-bedroom home, 2 cleaners, 4 hours: $240. Eco products on request.
Window cleaning every 4 weeks | £15 for most terraced houses in Headingley. Text Sam on 07700 900412.
Lawn care that shows up | Weekly mowing April-October, $40 a visit. Ask about aeration.

@ vertical=retail_fashion lang=en
The denim edit | Straight, wide and barrel-leg jeans from $68. Free returns within 30 days.
Rain jackets that pack into their own pocket | 7 colours, £55.
KIDS' SNEAKERS 2 FOR $50 |  |
Wool socks, the good kind | Merino blend, made in Portugal. 3 pairs €24.
Tailored suits, made in 3 weeks | Book a fitting at Hale & Row, 8 Queen St.

@ vertical=travel lang=en
Weekend in Porto from €189 | Flights and 2 nights in a central guesthouse. Selected dates in October.
Camping near the lake 🏕️ | Pitches from $28/night at Pine Hollow. Showers, firewood and kayak rental on site.
Rail pass, 15 days, 30 countries | From €335 for adults. Kids under 12 travel free with a paying adult.
Slow down in the Highlands | Self-catering cottages for 2-6 guests, dogs welcome. Book direct and save 10%.

@ vertical=education lang=en
Learn Spanish in 10 minutes a day | Bite-size lessons, speech practice and streaks. Free to start.
Evening pottery course | 8 weeks, all materials and firing included. £160 at Clayhouse Studio.
Coding bootcamp info night | Meet graduates and instructors. Thursday 6:30pm, free pizza. Register online.
GCSE maths tutor, 12 years' experience | £35/hour, online or in Sheffield.
Piano for grown-ups | Never too late. Half-hour lessons from $30 at Key Street Music.

@ vertical=pets lang=en
Dog grooming, Saturday slots open 🐶 | Wash, dry, trim and nails from $55. Paws & Co, 210 Elm St.
New-puppy starter kit | Crate, bed, chew toys and a training guide, $89.
Cat food subscription | Delivered every 4 weeks, pause anytime. First box 30% off.
Vet nurse clinics on Wednesdays | Nail trims and weight checks for £10 at Hillside Vets.

@ vertical=apps lang=en
Plan meals in 5 minutes | Mealmap builds your weekly menu and shopping list from what's already in your fridge.
Sleep sounds & bedtime stories 🌙 | Over 200 tracks, offline mode, no ads. 4.7★ on the App Store.
Split bills with roommates | Tally keeps track of who owes what. Free for groups of up to 6.
Your photos, tidy at last | Snapsort finds duplicates and blurry shots so you can free up space.
Language exchange app | Chat with native speakers learning your language. Free, with optional Pro.
Habit tracker that doesn't nag | Simple streaks, one gentle reminder a day. iOS and Android.

@ vertical=saas lang=en
Payroll for teams of 5-50 | Run payroll in 3 clicks. Automatic tax filings. First month free.
Stop losing leads in spreadsheets | Pipewell CRM, set up in an afternoon. From $12 per user.
Invoices that get paid faster | Send, track and chase invoices from one dashboard. Try Billbee free for 14 days.
Meeting notes, written for you | Transcripts and action items after every call. Works with major video apps.
Uptime monitoring from 9 regions | Alerts by SMS, email or Slack. Free for 10 monitors.

@ vertical=events lang=en
Night market returns this Friday 🌮🎶 | 60 food stalls, live music and makers. 5pm-11pm, Harbour Square. Free entry.
Jazz on the lawn | Sundays in July at Greenway Park. Bring a blanket and a picnic.
Comic con tickets on sale | Day passes $35, weekend $80. Kids under 10 free.
Repair Café, first Saturday of the month | Bring broken lamps, bikes and clothes. Volunteers fix them for free.
Charity 5K for the children's ward | Register for £15. Every finisher gets a medal.

@ vertical=nonprofit lang=en
Give an hour a week | Read with a first-grader at Lincoln Elementary. Training provided.
Winter coat drive | Drop off clean coats at any branch library until Jan 15.
£5 a month plants a tree every month | Join 12,000 supporters restoring native woodland.
Foster a cat for a few weeks | We cover food, litter and vet care. You provide the sofa.

@ vertical=telecom lang=en
SIM only, 30GB for £10 a month | 12-month plan, 5G at no extra cost.
Fibre broadband 500 Mbps | $55/month for 12 months, then $65. No installation fee this month.
Family plan: 4 lines for $100 | Unlimited talk and text, 20GB each. Taxes and fees extra.

@ vertical=automotive lang=en
MOT + interim service £119 | Wilson Motors, Unit 4 Ring Road. Free courtesy car with booking.
Winter tyres fitted from €65 per wheel | Storage for your summer set included.
Certified pre-owned hatchbacks | 150-point inspection, 12-month warranty. Test drive this weekend.
Car wash club 🚗 | Unlimited washes $24.99 a month, all 6 locations.

@ vertical=home_garden lang=en
Raised garden beds, cedar | 4x8 ft kit, $189. Assembles in 20 minutes, no tools.
Linen bedding sale | Duvet covers from £69, stonewashed for softness.
Houseplants delivered 🪴 | Pet-safe picks, potted and ready. Free care guide with every order.
Solid oak dining table | Seats 6, handmade in Devon. 10-week lead time.

@ vertical=beauty lang=en
Fragrance-free moisturiser for sensitive skin | Dermatologist-tested, 50ml £14.
Walk-in brow bar | Threading $15, tint $12. Open till 8pm at Glowroom, Mercer Mall.
Haircut + blowdry €38 | New clients at Studio Nove, weekdays before 3pm.

@ vertical=family lang=en
Summer day camp registration open | Ages 6-12, art, swim and science. $210/week, sibling discount.
Toddler music class ♫ | Shakers, songs and bubbles. Thursdays 10am at the community hall.
Birthday parties at Bounce Zone | 90 minutes, party room and host, from $249 for 10 kids.
"""
