# Sixth batch (deceptive claims and clickbait in English): get-rich promises, guaranteed returns, signal
# groups, copy-trading, MLM and side-hustle income claims, fake crypto giveaways, miracle cures and
# weight-loss, detox and anti-ageing claims, fake news teasers, celebrity hoaxes, fake parcel, toll,
# tax-refund and virus notices, fake prizes, fake scarcity and free-trial subscription traps, written as
# search ads, feed posts, banners, SMS, listings and long newsletter copy. It is paired with honest ads
# that share the vocabulary (savings rates, accountants, pharmacies, opticians, real competitions, real
# sales, free samples without strings) and with everyday ads, so the models learn that the claim, not the
# topic or a trigger word, is what makes an ad deceptive.
DATA = r"""
@ vertical=crypto
Turned £250 into £9,400 in 11 days | No experience needed. The AI does the trading while you sleep. New accounts close at midnight. | fin, fc
BITCOIN GIVEAWAY LIVE NOW | Send 0.1 BTC to the event wallet and get 0.2 BTC back instantly. Anniversary celebration, first 5,000 wallets only. | fin, fc, cb
Stake with NovaYield. 2.4% daily, locked in | Your principal is covered by our insurance pool. Withdraw any time, rewards credited every 24 hours. | fin, fc
this one's going to 100x 🚀🚀 | Whales have been loading for weeks before the big exchange listing. Presale ends Friday. Don't be the guy who watched it happen. #altseason #100xgem #notfinancialadvice | fin, fc
RISK-FREE CRYPTO ARBITRAGE |  | fin, fc
The tech billionaire's new token just went live | Early holders are already up 3,000%. Claim your allocation before the public launch tomorrow. | fin, fc, cb
Sponsored: my little trading bot made $1,870 yesterday | Not a flex. I was at my son's football match the whole time. Honestly everyone should know this exists. Link in bio 👇 | fin, fc
Double your ETH in 48 hours | Our smart contract compounds automatically. Zero risk, audited, 41,000 happy members. | fin, fc
Cloud mining contract: $30 a day for life | Buy one rig slot for $499 and receive daily payouts forever. Refer 3 friends and your slot is free. | fin, fc

@ vertical=trading
Copy the top 1% of traders automatically | Mirror Kai R.'s portfolio: +312% last year, not one losing month. Start from €200. | fin, fc
VIP Forex Signals, 94% win rate | Join 18k members on Telegram. 3 to 5 calls a day and 500 pips a week guaranteed or your money back. | fin, fc
Gold is about to explode. The one trade to place before Thursday | A former investment-bank analyst shows the setup the big desks don't want ordinary people to see. | fin, fc, cb
Options trading for busy mums | I replaced my nursing salary in 4 months trading 20 minutes a day at the kitchen table. Free masterclass tonight, 8pm. | fin, fc
NEVER LOSE A TRADE AGAIN |  | fin, fc
Prop firm challenge passed in 3 days using this indicator | Plug it into your charts and let the arrows tell you when to buy. Lifetime licence £97 today only. | fin, fc
The 'Sunday stock' that could turn $1,000 into $52,000 | Our chief strategist has been right 9 times in a row. Get the ticker free before markets open Monday. | fin, fc, cb

@ vertical=side_hustle
Be your own boss 💅 | I left my 9 to 5 in March and I've already hit six figures with this skincare brand 🙌 Looking for 3 motivated girls to join my team. Comment READY and I'll DM you! | fc
Work from your phone. $500–$2,000 a day | No selling, no experience, no boss. Just copy, paste and get paid. Spots filling fast. | fc
Retire your husband in 12 months | Our ladies are doing it with a simple 3-step system and one essential oil starter kit. Ask me how ✨ | fc
Hiring now: product testers from home, £45/hr paid weekly | Keep everything you test! A one-off £29 registration pack gets you started. | fc, cb
Passive income that actually works | Buy a vending route and we handle everything else. Our owners clear $8,000 a month, guaranteed in writing. | fc
I made $27,491 in my first month of dropshipping | I was 19, broke and living with my parents. Now I teach the exact store blueprint. Course doors close in 02:14:33. | fc
Get paid $35 per survey | Big brands are desperate for opinions. Members earn an extra $1,200 a month from the sofa. Join free. | fc
Amazon KDP made me a millionaire at 24 | You don't even need to write. AI writes the books, you collect royalties forever. Watch the free training. | fc
Secret shoppers wanted in your area | Earn £300 per assignment. We send you a cheque to deposit first, then you buy gift cards as part of the evaluation. | fc, cb

@ vertical=news_arbitrage
Banks hate this 1 simple trick | Homeowners in Ohio are wiping out their mortgages using a loophole a retired schoolteacher found. | fc, cb
Seniors born before 1966 are getting a $3,400 check. Are you eligible? | Most people never claim it. Tap your birth year to see what you're owed. | fc, cb
The Chancellor quietly approved this for UK pensioners | Check in 30 seconds whether you qualify for the new one-off payment. Deadline approaching. | fc, cb
She put £200 in and the bank called the police | The TV presenter's wealth secret was never meant to go public. Her live interview was pulled after 6 minutes. | fin, fc, cb
Money expert's shock warning: do this before Friday | What he said on breakfast TV has viewers rushing to move their savings. | fc, cb
Drivers over 50 are switching to this new rule and paying $29 a month | Insurers don't advertise it. Enter your ZIP to see if your state qualifies. | fin, cb
One weird trick slashes your electricity bill by 90% | Energy companies are furious. This £49 plug-in box stabilises the current and pays for itself in a week. | fc, cb
Tax-free lump sum most over-55s don't know they can claim | Thousands are unlocking up to £85,000. Find out in 2 minutes. | fin, fc, cb

@ vertical=loans
Guaranteed approval, bad credit OK | Up to $5,000 today with no credit check and no questions asked. Cash in your account in 10 minutes. | fin, fc
Erase your credit card debt legally | A government program cuts what you owe by up to 80%. Call before enrolment closes. | fin, fc, cb
BOOST YOUR CREDIT SCORE 200 POINTS IN 30 DAYS |  | fc
Payday cash in 5 min. 0% risk. 100% accepted. |  | fin, fc

@ vertical=real_estate
Own 10 rental properties with no money down | Free seminar at the Riverside Hilton, Sat 14 June. I went from bankrupt to $40k a month in cash flow. Seats limited. | fc
Off-plan Dubai apartments, 18% guaranteed rental yield | Buyback promise after 3 years. Reserve with £5,000 today and the developer covers your stamp duty. | fc

@ vertical=sportsbook
Beat the bookies with 100% guaranteed tips | Our insiders know the results before kick-off. £30 a month, no losing weekends since 2021. | gam, fc
Fixed match tonight, odds 12.0 | Message us on WhatsApp for the game. Pay after you win. | gam, fc

@ vertical=supplements
Reverse type 2 diabetes in 21 days | Doctors are stunned by this kitchen spice that flushes sugar from the blood. Say goodbye to metformin. | hc
Tinnitus gone by morning? | One drop before bed silences ringing ears, and the hearing aid industry is not happy. | hc, cb
Arthritis? Throw away your painkillers | Joint pain melts in 7 days with our turmeric collagen complex. 100% natural, zero side effects. | hc
MELT 14 LBS IN 14 DAYS. NO DIET. NO GYM. |  | hc
The Japanese tea ritual that burns belly fat overnight | Drink it before bed. The results are honestly insane. | hc, cb
Boost your immunity by 400% | Our colloidal silver drops shield the whole family against flu, colds and COVID. Stock up before winter. | hc
Cholesterol down 40 points without statins | A cardiologist's private formula, now available without a prescription. Order 3, get 3 free. | hc
Hair back in 30 days or your money back | Our plant stem-cell serum fills bald patches even when nothing else has worked. | hc
Parasite cleanse 🪱 | You'd be shocked what's living in your gut right now. Our 30-day herbal protocol clears bloating, fatigue, brain fog and anxiety for good. | hc
Stop taking your blood pressure pills | A nurse reveals the simple morning drink that brings BP back to normal within days. | hc, cb
Kids' immunity gummies | Give them one a day and they won't catch a single bug all winter. Teacher-approved! | hc
Memory fading? | Neuroscientist's 3-nutrient formula reverses Alzheimer's symptoms in 90 days. Clinically shown. | hc
Thyroid tired? Ditch the meds | GlandRenew balances your hormones naturally so you'll never need levothyroxine again. | hc
Natural COVID shield spray | Two sprays a day neutralise the virus before it reaches your lungs. Trusted by frontline workers. | hc
Fertility tea. Pregnant in 90 days or your money back 🌸 | So many of our mamas conceived after years of trying. Blend of 12 ancient herbs. | hc
Sleep apnoea fixed in one night | Forget the CPAP. This £19.99 mouth strip opens your airway and cures snoring permanently. | hc

@ vertical=health_wellness
Cancer cells hate this fruit | A banned documentary reveals what oncologists won't tell you. Watch before it's taken down. | hc, cb
Detox your liver in 3 days | Our 72-hour juice cleanse flushes toxins, parasites and heavy metals. Feel 10 years younger by Monday. | hc
Throw away your glasses 👓 | This 2-minute eye exercise restored perfect vision for 83% of users. Laser surgeons hate it. | hc, cb
Look 20 years younger in 2 weeks | Clinically proven cream erases deep wrinkles better than Botox, no needles. | hc
Alkaline water ionizer | Cancer can't survive in an alkaline body. Protect your family for $39/mo. | hc
Neuropathy? Feeling returns to numb feet | A 60-second foot soak is helping diabetics walk without pain again. | hc, cb
Copper magnetic bracelet | Wear it daily and arthritis, migraines and poor circulation disappear. As seen on TV. | hc
Reverse your biological age by 10 years | NAD+ IV drips at our Harley Street lounge. Walk in tired, walk out 35 again. | hc
EMF protection pendant | Neutralises 5G radiation and strengthens your immune field. Limited batch. | hc
Lose up to 30% of your body weight 💉 | Get semaglutide online today with no video call and no GP letter. Results guaranteed or we refund. | rx, hc
Full-spectrum CBD that cures anxiety, epilepsy and chronic pain | Stop wasting money on pharmaceuticals. Our 3000mg tincture is all you need. | drg, hc
Dissolve kidney stones naturally in 48 hours | Our lemon-and-herb tonic breaks them down so you can pee them out. No hospital. | hc
Autism recovery protocol | Our chlorine dioxide drops detox the gut and have recovered hundreds of children. | hc
Skin tags and moles gone overnight | Dab our serum on at bedtime. They dry up and fall off, no scars and no doctor. | hc

@ vertical=weight_loss
KETO BURN+ FREE BOTTLE, JUST PAY $4.95 SHIPPING |  | hc, cb
Moms are losing 2 dress sizes a week with this pink drink | No dieting, no workouts. Mix one scoop into water in the morning. | hc, cb
Eat pizza and still lose 12kg | Our fat-blocker capsule stops 90% of calories being absorbed. Pharmacist-formulated. | hc
Nutritionists are furious at this 6-second fat hack | The belly fat trick the diet industry doesn't want you to know. Watch the free video. | hc, cb

@ vertical=news_arbitrage
Beloved 80s sitcom star found dead at 58 | Family releases heartbreaking statement. Fans can't believe what happened in his final days. | cb
You won't believe what she looks like now | Former child star unrecognisable at 41. Photo 14 will leave you speechless. | cb
Famous TV chef fired live on air after this slip | Watch the clip they tried to delete. | cb
What this man found behind his attic wall left police speechless |  | cb
Only geniuses can spot the mistake. 97% fail |  | cb
Palace insiders confirm the news everyone was dreading |  | cb
He paid $5 for a thrift store painting. What happened next changed his life |  | cb
Pop star rushed to hospital, fans fear the worst | Her manager's post says it all. See the photos. | cb
THEY SAID IT COULDN'T BE DONE. THEN THIS HAPPENED |  | cb
Don't plug your phone in overnight until you read this | Electricians are begging people to stop. | cb
Actress finally breaks silence on secret divorce | The reason will surprise you. | cb

@ vertical=scam_notices
USPS: Your package is on hold due to an incomplete address. Update within 24h at usps-redeliver-help.com to avoid return. |  | cb
Royal Mail: your parcel could not be delivered. A £1.99 redelivery fee is outstanding. Pay now: royalmail-reschedule.info |  | cb
HMRC: you are eligible for a tax refund of £612.40 | Submit your bank details before 23:59 today to receive the payment. | cb, fc
Toll Services: you have an unpaid toll balance of $6.99 | A $50 late fee will be applied after 04/12. Settle now at ezpay-toll-portal.com | cb
⚠️ Your iPhone is infected with (13) viruses | Your photos and contacts may be damaged. Tap OK to remove them now. | cb
Your account has been temporarily locked | We detected unusual sign-in activity. Verify your identity within 12 hours to avoid permanent suspension. | cb
CONGRATULATIONS! You are today's lucky visitor | Spin the wheel to claim your Samsung Galaxy S24. Only 3 prizes left! | cb
You've been selected for a $1,000 gift card | Answer 3 quick questions about your shopping habits to claim it. Offer expires in 4:59. | cb
StreamFlix: your payment was declined | Update your billing info within 48 hours or your membership will be cancelled. | cb
Economic impact payment pending: $1,400 | Confirm your SSN at irs-relief-claims.org to release your deposit. | cb, fc
FINAL NOTICE: Your car's extended warranty is about to expire | Call 1-888-555-0142 today to keep coverage. | cb

@ vertical=ecommerce
FLASH SALE ENDS IN 04:59 | Timer resets for every visitor. 90% off designer bags. Only today! | cb
Only 2 left! 47 people are looking at this right now | Genuine smartwatches for £9.99. Hurry before they sell out. | cb
Free sample: pro teeth whitening kit | Just cover $2.95 shipping. By ordering you join our VIP Smile Club at $89.95/month, billed 14 days after dispatch. | cb
Try PrivaShield VPN free | Start your free trial, no commitment! (Annual plan of $119 charged automatically on day 3.) | cb
Mystery box worth up to £2,000 | Every box guaranteed to contain an iPhone, MacBook or PS5. Just £9.99 today! | cb

@ vertical=banking tricky=1
Easy Access Saver, 4.15% AER variable | Interest paid monthly. Eligible deposits protected up to £85,000 by the FSCS. Rate correct as of 1 May.
High-Yield Savings, 4.00% APY | No monthly fees, no minimum balance. APY accurate as of 06/01 and may change. Member FDIC.
Fixed-rate bond: 4.4% gross for 12 months | Lock in from £1,000. No withdrawals until maturity. See the summary box before you apply.
Kids' saver with 3.5% AER | Help them learn about money. Parents can watch the balance grow in the app. Rate variable.
Your rate, in writing | We'll never promise more than we pay. Current regular saver rate 5.0% AER fixed for 12 months, £25 to £300 a month.

@ vertical=accounting tricky=1
Self Assessment sorted before 31 January | Fixed-fee tax returns from £145, prepared by chartered accountants. No surprises.
Maximize your refund the honest way | Our enrolled agents check every deduction and credit you're actually entitled to. Walk-ins welcome until 8pm.
Got a letter from HMRC? Don't panic | Book a 30-minute call with a qualified tax adviser and we'll help you understand what it means.
Crypto tax return? We can help | Capital gains reports for your exchange history, prepared by licensed CPAs. Flat fee quoted upfront.
Small business bookkeeping from $199/month | Monthly reconciliations, payroll and quarterly filings. Real accountants, not a bot.
Is that text from the IRS real? | Free 20-minute webinar on spotting tax scams, hosted by Linwood Tax Partners. Tues 7pm ET.

@ vertical=education tricky=1
What actually is an index fund? | Free 6-week evening course at Millbrook Library. Plain English, no products sold, no sign-up.
Why most stock pickers lose to the market | The Slow Money Guide, new paperback, £12.99. A calm look at fees, diversification and time.
How scams work | Season 3 of the Fine Print podcast: fake giveaways, cloned bank texts and the tricks behind them. Free wherever you listen.
Get-rich-quick schemes, explained | A 45-minute documentary on the history of Ponzi schemes. Streaming free on the Civic Learning channel.

@ vertical=pharmacy tricky=1
Flu jabs now in store | Walk in at Hartley Pharmacy, £16 for adults. Free for eligible NHS patients. No appointment needed.
Hay fever season is here 🌼 | Not sure which antihistamine suits you? Ask our pharmacist. Always read the label.
Prescription ready? We'll text you | Free repeat prescription collection from your GP and same-day pickup at Oakfield Chemist.
Cold sore cream, now 2 for £9 | Pharmacy brand, same active ingredient as the leading name. Always read the leaflet.
Travel clinic: jabs and malaria advice | Book a consultation with our pharmacist at least 6 weeks before you fly.

@ vertical=supplements tricky=1
Vitamin D3 1000 IU, 365 tablets, £8.99 | A year's supply. Food supplements should not replace a varied, balanced diet.
Plant protein powder, chocolate flavour | 21g protein per scoop, no added sugar. 1kg bag $34.
Omega-3 fish oil, 90 softgels | Sourced from sustainable fisheries and third-party tested for purity.
Magnesium glycinate 200mg | Gentle on the stomach. Speak to your doctor if you take other medication.
MULTIVITAMIN GUMMIES 3 FOR 2 |

@ vertical=fitness tricky=1
Burn calories, not cash | £15.99 a month, no joining fee, open 24/7. Cancel online whenever you want.
Get stronger at your own pace | First class free. Small groups, qualified coaches, no contract.
12-week beginner running club | From the sofa to 5k with a coach and a friendly group. Thursdays 6:30pm, £40 total.
Lose the guesswork, not your weekends | A registered dietitian builds a meal plan around your life. Realistic goals, no crash diets.

@ vertical=optician tricky=1
Eye test £25 | Free for under-16s and over-60s. Book online at Clearview Opticians, High St.
Two pairs from £69 | Including single-vision lenses. Prices and offers valid until 31 August.
Blurry vision lately? | A routine eye exam can pick up changes early. Same-week appointments available.
Laser eye surgery consultation | Find out if you're suitable. Free 60-minute assessment with an ophthalmic surgeon. Not everyone is a candidate.

@ vertical=audiology tricky=1
Living with tinnitus? | Our audiologists can assess your hearing and talk through management options. Free hearing check, Mon to Sat.

@ vertical=publishing tricky=1
Journalism worth paying for | Subscribe to The Northfield Courier for £1 a week for 3 months, then £8 a month. Cancel anytime.
BREAKING NEWS, WHEN IT BREAKS | Get the Daily Ledger app for real-time alerts from our newsroom. Free to download.
The story behind the headlines | Weekend long reads, investigations and crosswords. Print + digital $6.99/week for 12 weeks.

@ vertical=retail tricky=1
Win a weekend for two in the Lake District | No purchase necessary. UK residents 18+. Closes 30/06 at midnight. Full T&Cs at fellhouse.co.uk/win.
Summer sale ends Sunday 23:59 | Up to 40% off garden furniture. While stocks last, no code needed.
Free sample of our new oat milk | No card, no subscription, just your postcode. One per household while supplies last.
Guaranteed delivery before Christmas | Order by 20 December for free tracked delivery in the UK.
Try Tallyo free for 30 days | We'll email you 3 days before the trial ends. No card required to start.
Only 4 left in stock | Handmade ceramic mugs, small batch. Next kiln firing in September.
Black Friday: 25% off everything | Friday to Monday only. Excludes gift cards.
Detox your inbox 📥 | Sortly unsubscribes you from junk newsletters in one click. Free for personal use.
Cured for 36 months | Our Ibérico ham, hand-carved at the counter. €42 per 100g.
Lose the clutter, keep your sanity | Professional home organisers, half-day sessions from £180.
You won't believe how easy this bread is | Four ingredients, no kneading. Get the recipe free in our weekend newsletter.
Cure the half-term boredom | Kids' pottery workshops, ages 6 to 12. £18 per session, clay and glazes included.
Kill bugs before they ship | Static analysis for TypeScript teams. Free for open-source projects.

@ vertical=entertainment tricky=1
Miracle on 34th Street, on the big screen | Christmas matinee at the Rialto, Sun 15 Dec, 2pm. £6 tickets.
Win big at quiz night | Thursdays 7:30pm at Ash Lane Library café. Teams of up to 6, book vouchers for the winners.

@ vertical=retail
New season trainers from £45 | Free returns within 30 days. Shop now at Stridewell.
50% OFF ALL KNITWEAR |
Handmade oak side table | Solid oak, 45 x 45 x 55cm, oiled finish. Collection from Leeds or local delivery for £15.
FOR SALE: kids' bike, 20in wheels, barely used | Blue, with stabilisers and a bell. $60 or best offer. Pick up in Maple Grove.
Back to school bundle | 3 polo shirts, 2 pairs of trousers and a jumper for £29. Ages 4 to 13.
The linen edit is here 🌿 | Breathable shirts and dresses in six new colours. Free UK delivery over £50.
Spring bulb collection, 60 bulbs | Tulips, daffodils and alliums. Plant now for colour from April. €19.95.
Everyday leather wallet | Slim, RFID-lined, lifetime stitching guarantee. $38.
Bamboo bedding set, king size | Soft, cool and machine washable. Now £89, was £119.
VINTAGE VINYL FAIR SUNDAY |

@ vertical=food
Two pizzas + dip for £19.99 | Tuesdays only, collection or delivery from Luigi's on Park Road.
Brunch is back at Hearth & Hive | Sat and Sun, 9am to 2pm. Sourdough, shakshuka and the best hash browns in town.
Fresh pasta kits delivered | Everything you need for a 15-minute dinner for two. First box 30% off.
New at the farm shop: local strawberries 🍓 | Picked this morning. £3.50 a punnet while they last.
Tacos Tuesday, $2 each | Al pastor, carnitas and mushroom. 5 to 9pm on Elm Street.
Order lunch for the office | Sandwich platters and salads for 10 to 100 people. Order by 4pm for next-day delivery.
Grandma's apple pie, now in our freezer aisle | Bake from frozen in 45 minutes. £4.25.
Coffee subscription | Freshly roasted beans every 2 or 4 weeks. Pause or skip anytime. From £8.50 a bag.

@ vertical=travel
Lisbon city break from £189 | Return flights and 3 nights in a central hotel. Departures from Manchester in October.
Cheap flights to Barcelona? | Compare fares from 40 airlines in seconds. No booking fees.
Cottage with a million-dollar view | Sleeps 4, wood burner, dogs welcome. Isle of Skye, from £110 a night.
Explore the fjords this summer | 7-night coastal voyage from Bergen. Cabins from €1,450 per person.
Weekend camping at Pine Hollow | Pitches from $28 a night. Hot showers, fire pits and a lake to swim in.
Airport parking from £6.99/day | Book ahead and save. Free shuttle every 10 minutes.
Rail pass for students | Travel across 33 countries with one ticket. Under-28s save 25%.

@ vertical=home_services
Boiler service £69 | Gas Safe registered engineers. Book a slot this week in Bristol and North Somerset.
Leaky tap? Same-day plumber | Upfront prices, no call-out charge in the city. Call 0161 555 0198.
Window cleaning every 4 weeks from £12 | Reliable, insured and local. Text us your postcode for a quote.
Lawn care plans from $39/month | Mowing, edging and seasonal feeding. Family-run since 1998.
Moving house? | Two movers and a van for £45 an hour. Blankets and straps included.
Roof repairs and gutter cleaning | Free inspection and written quote. Fully insured, 10-year workmanship guarantee.
Need an electrician? | NICEIC-approved for rewires, fuse boards and EV chargers. Evening appointments available.
Carpet cleaning: 3 rooms for $99 | Dries in about 4 hours. Pet-safe solutions.

@ vertical=software
Invoicing made simple | Send professional invoices in seconds and get paid by card or bank transfer. Free for up to 5 clients.
Plan your team's week in one place | Shared calendars, task boards and timesheets. Try Rostera free for 14 days.
Password manager for families | Share logins safely with up to 6 people. $4.99/month.
Now on iOS and Android: Snapbudget | Track spending, set limits and see where your money goes. 4.7 stars from 12k reviews.
Build your website this weekend | Drag-and-drop templates, custom domain and hosting included. From £7 a month.
Back up every photo automatically | 200GB of secure cloud storage for €2.99 a month.
Customer support, without the chaos | Shared inbox, live chat and a help centre for small teams. Free plan available.

@ vertical=education
Learn Spanish in 15 minutes a day | Short lessons that fit around your commute. Start free.
Evening pottery classes | 8-week beginners course, Wednesdays 7pm. £160 including clay and firing.
Master Excel for work | Pivot tables, lookups and charts in a one-day online course. Certificate included. $79.
Open day: Saturday 12 October | Explore our campus, meet lecturers and tour student halls. Register free.
GCSE maths tutoring | One-to-one online sessions with qualified teachers. £32 an hour.
Learn to code with Python | Self-paced course for complete beginners, 40 video lessons and weekly projects.
Piano lessons for adults | Never too late to start. First lesson half price at the Holloway Music Studio.

@ vertical=fitness
Yoga in the park ☀️ | Every Sunday 10am by the bandstand. Pay what you can, bring a mat.
Swim lessons for kids aged 4 to 10 | Small groups and qualified instructors. Summer term starts 3 June.
Climbing wall: intro session $25 | Shoes and harness included. No experience needed.
Pilates reformer classes | New studio in Clapham. Intro pack of 3 classes for £45.
Join the Saturday 5k | Free, weekly, timed. Walk, jog or run at Riverside Park, 9am.

@ vertical=events
Summer Jazz on the Green | Fri 19 July, 6pm to 10pm. Free entry, food trucks and family seating.
Craft fair this weekend | 60 local makers, live music and a kids' corner. Town Hall, Sat and Sun 10 to 4.
Comedy night at the Corn Exchange | Four stand-ups, one evening. Tickets £14, Fri 8pm.
Farmers' market every first Saturday | Bread, cheese, veg and flowers from growers within 30 miles.
Tech meetup: intro to home automation | Thursday 6:30pm, free pizza. RSVP on the community page.
Open garden weekend 🌷 | Eight private gardens open to the public, £10 wristband. Proceeds go to the village hall roof.
Half marathon entries now open | Sunday 22 September. Chip timing, medal and T-shirt. Early bird €35.
CHRISTMAS MARKET OPENS 28 NOV |
"""
