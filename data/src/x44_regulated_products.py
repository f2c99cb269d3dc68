# Sixth batch (regulated products in English): fresh, hand-written copy covering the regulated verticals
# (cannabis/THC/CBD and paraphernalia, psychedelics, kratom, poppers, nitrous, research chemicals, alcohol in
# everyday contexts, tobacco/vapes/pouches/cigars/shisha, many forms of gambling, firearms/ammo/blades/stun
# guns, telehealth and grey-market prescription drugs, adult products, and consumer financial products),
# written in many formats (search, social, banners, classifieds, SMS, newsletters, flyers) and with euphemistic
# as well as blunt phrasing, plus tricky compliant ads that use the same trigger words innocently (barware,
# zero-proof drinks, espresso shots, smokers, chef knives, flu shots, budgeting apps, bike lube, glue guns...)
# and everyday compliant ads, so the text policy models learn the product, not the keyword.
DATA = r"""
@ vertical=cannabis
GREEN LANTERN DISPENSARY: 4/20 ALL MONTH | 20% off flower, prerolls and edibles for first-time customers. 21+ with valid ID. Open 9am to 10pm daily on South Broadway. | drg
Delta-8 Gummies That Actually Hit | Hemp-derived, farm bill compliant, ships to 38 states. 25mg per piece in sour watermelon and blue razz. | drg
Sleep like you mean it 😴 | Night Cap gummies pair 10mg of THC with CBN for the deepest rest you've had in years. Legal hemp, shipped discreetly. #sleepgoals #hempderived | drg
BOGO HALF OFF CARTS |  | drg
Friday Drop: Runtz Live Resin | 1g carts, $35 out the door. Pre-order in the app and skip the line at our Colfax shop. | drg
Get your medical card in 15 minutes | See a licensed physician by video, get approved, and shop any dispensary in the state today. Not approved? You don't pay. | drg
The oil that ended my arthritis | "I threw out my painkillers after two weeks." Our full-spectrum 3000mg CBD oil reverses inflammation and cures joint pain for good. | drg,hc
Calm Paws Hemp Chews | Vet-formulated CBD bites for thunderstorms, fireworks and car rides. Bacon flavour, 30 count, £24.99. | drg
THCa flower, shipped to your door | Lab-tested, federally compliant indoor exotics from $19 an eighth. Must be 21+. Free shipping over $100. | drg
Weekend plans? We got you 🍃 | Mellow Fellow pre-roll 5-packs are back in Sunset Sherbet and Gelato 41. Grab them at any Highgarden location. | drg
Infused lemonade, 100mg | Crisp, sparkling and lightly sweet. A fast-acting nano-emulsion so you feel it in 15 minutes, not 2 hours. | drg

@ vertical=smoke_shop
Beaker Bongs from $29.99 | Thick 9mm borosilicate, ice catcher and diffused downstem. Free shipping on orders over $75. | drg
Grinds anything herbal 🌿 | Aircraft-grade 4-piece grinder with kief catcher. Order this week and get a free rolling tray. | drg
Mini Recycler Rig + Quartz Banger Bundle | Smooth, flavourful hits every time. Torch sold separately. Ships in plain packaging. | drg
14in glass water pipe, used twice, $40 OBO | Pickup east side only, cash or Venmo. Comes with ash catcher and spare bowl. | drg
SMOKE SHOP GRAND OPENING | Glass, papers, wraps, torches, scales and hookah tobacco. Show this flyer for 10% off. 1123 Dunmore Ave, open till midnight. | drg,tob

@ vertical=psychedelics
Microdose capsules, 0.1g Golden Teacher | Focus, mood and creativity without the trip. Discreet worldwide shipping, crypto accepted. | drg
shroom chocolate restock 🍫✨ | 4g Blue Meanie bars, 15 squares each. Link in bio, DM for bulk pricing. | drg
3-day truffle ceremony in the Netherlands | Guided psilocybin truffle journeys with a trained facilitator and integration coaching after. €890 all-in, small groups. | drg
Spore syringes "for microscopy only" 😉 | 12 strains in stock. Sterile 10cc, shipped next day in a plain envelope. | drg

@ vertical=legal_highs
Maeng Da Kratom 250g: $39 | Fresh red vein powder, lab tested. Energy, focus and relief. Use code LEAF10 at checkout. | drg
Kick the pills with kratom | Thousands have walked away from opioids with our premium capsules. Natural, non-addictive, no withdrawal. | drg,hc
Liquid Gold 25ml: 3 for £18 | Premium room aroma. Strong, long-lasting rush. Next-day UK delivery in unbranded packaging. | drg
Party tanks 640g 🎈 | Late-night delivery across London in under 30 minutes. Free balloons with every tank. Open till 4am Friday and Saturday. | drg
Research chemicals, 99.8% purity | 3-MMC, 2-FDCK and more in stock. Not for human consumption. Stealth shipping EU-wide. | drg
Legal buzz. No comedown. | Our herbal smoking blend gives a clean euphoric lift. Ships to all 50 states, no ID needed. | drg

@ vertical=bars
Bottomless Brunch £29 | 90 minutes of prosecco, mimosas or Bloody Marys with any main. Saturdays and Sundays, 11 till 3. Booking essential. | alc
$5 MARGS ALL DAY TUESDAY |  | alc
Pub quiz tonight 🍻 | Teams of up to 6, £2 entry, and the winning table drinks free for the night. Pints of Hoppy Harold £3.50 till 9. | alc
Happy hour 4 to 7 at The Salt Cellar | Half-price oysters and $8 house martinis. Walk-ins welcome at the bar. | alc

@ vertical=alcohol
New on tap: Fogline Hazy IPA | 6.8%, juicy, soft and dangerously easy to drink. Taproom open Thursday to Sunday, dogs welcome. | alc
24-can mixed craft case, £32 | Free UK delivery straight from our Bristol brewery. Pales, stouts and a couple of sours to keep you guessing. | alc
Join the Vine & Velvet Wine Club | Six hand-picked bottles a month from $79. Skip or cancel anytime. Your first box ships with a free waiter's corkscrew. | alc
Wine in under an hour | Over 2,000 bottles delivered cold to your door. We check ID on arrival. | alc
ROSÉ SEASON. 30% OFF. |  | alc
Speyside 12 Year Old, now £39 | Our house single malt in a gift tube, just in time for Father's Day. Please enjoy responsibly. | alc
Zero sugar. All vibes. | Tidewave Hard Seltzer: 5% ABV, 100 calories, four new fruit flavours. Find it in the cooler near you. | alc
Two glasses a day keeps the cardiologist away | Our resveratrol-rich reds are clinically proven to protect your heart. Order the Healthy Heart six-pack today. | alc,hc
Allocation day at Cork & Barrel 🥃 | Rare Japanese whisky just landed, plus a bourbon raffle Saturday at noon. Members get first dibs, so don't be late. | alc
Cocktail kits with the good stuff inside | Negroni, Old Fashioned or Paloma, spirits included. Gift-wrapped, delivered nationwide. | alc

@ vertical=vape
Disposables 10 for £30 | 600 puffs, 20mg nic salt, 30 flavours. Order by 9pm for next-day delivery. | tob
CLOUDPOP 6000 PUFF: $12.99 |  | tob
Pouches that fit your day | Nordfrost nicotine pouches in 6mg and 11mg, tobacco-free. Buy 4 cans, get the 5th free. | tob
Switching saved my lungs | Vaping is 100% harmless compared to smoking. Grab our starter kit and you'll never crave a cigarette again. | tob,hc
Compatible pods, 4-pack $9.99 | Mango, cool mint and Virginia tobacco. Works with all major closed-system devices. | tob
my new favourite clouds ☁️ #ad | Obsessed with the Frost Berry from Vaporlux. Smooth throat hit and one lasts me a whole week. Code SOPHIA15 for money off! | tob
100ml shortfills, 3 for £12 | Add a nic shot and go. Dessert, menthol and fruit ranges restocked. | tob

@ vertical=tobacco
Hand-rolled Dominican cigars | Robusto sampler, 10 sticks, $64. Humidor-fresh and shipped in 2 days. Must be 21 or older. | tob
Shisha & Chill Thursdays | Two shishas and four mocktails for £35 at Layali Lounge. Double apple, grape mint and more. Open till 2am. | tob
Swedish snus, shipped fresh | Loose and portion snus from 12 brands. Multi-buy discount on rolls of 10. | tob
HEAT, NOT BURN | Try the Emberstick device for £1 when you register. For adult smokers only. | tob
Hand-rolling tobacco 50g, £18.40 | Duty paid, with free papers and filters on every pouch this month. | tob

@ vertical=sportsbook
Bet $5, Get $200 in Bonus Bets | New customers only. Win or lose, credited instantly. 21+. Gambling problem? Call 1-800-GAMBLER. | gam
ODDS BOOST: CHIEFS -3.5 NOW +150 |  | gam
Parlay protection this Sunday | If one leg of your same-game parlay loses, we refund your stake as a free bet up to $25. | gam
Cheltenham: Best Odds Guaranteed | Every race, every day, plus extra places on the big handicaps. 18+ BeGambleAware.org | gam
Lay the favourite. Back the outsider. | Better prices than the bookies, 2% commission on winnings. Open a Tradewell Exchange account today. | gam
90% strike rate, guaranteed 💰 | Join our VIP Telegram and turn £100 into £5,000 this month with sure-thing football accas every day. | gam,fc
Pick 3 players. Win 10x your entry. | Daily fantasy pick'em with your first deposit matched up to $100. Available in 30 states. | gam

@ vertical=casino
Play free slots, redeem real cash prizes | No purchase necessary. Sweeps Coins redeemable for cash in 45 states. Claim your daily login bonus! | gam
100 FREE SPINS + 200% MATCH | New players only. 35x wagering. 18+ T&Cs apply. | gam
Bingo night from your sofa 🎉 | £5 gets you £20 to play. 90-ball and 75-ball games from 7pm with the chat hosts you love. | gam
Play the US Powerball from anywhere | We buy your official ticket and send you a scan before the draw. Jackpot now $480 million. | gam
Open cases, win knives 🔪 | Crash, roulette and case battles with CS skins. Free $0.50 balance on signup with code GG. | gam
Thursday Deep Stack: $150 buy-in | 20k starting chips, 30-minute levels. Card room opens at 6pm, seats filling fast. | gam
Your lucky weekend awaits | Stay two nights at Riverbend Resort & Casino and get $50 in free slot play plus a buffet for two. | gam

@ vertical=firearms
9mm range ammo, 1000 rounds for $279 | Brass-cased 115gr FMJ. Ships to your door where legal. | wpn
Compact carry pistol, in stock | 15+1 capacity, optics-ready slide. Transfer through your local FFL, layaway available. | wpn
SUPPRESSOR SALE: $100 OFF |  | wpn
Crossbow package, 400 fps | Scope, six bolts and cocking rope included. Season opens soon, so order by Friday for delivery. | wpn
Remington 870 12ga, $350 | Good condition, light wear on the stock. Comes with 2 boxes of shells. Local sale only, bring ID. | wpn
Gun & Knife Show at the Fairgrounds | 300+ tables, buy, sell and trade. Saturday and Sunday, adults $12, kids under 12 free. | wpn
Build it yourself. No serial. | 80% lower receiver plus jig kit, shipped straight to your door. Finish it at home in an afternoon. | wpn

@ vertical=weapons
Automatic OTF knife, D2 blade, $89 | One-hand deploy with glass-breaker tip. Check your local laws before ordering. | wpn
Protect yourself for $24.99 | Rechargeable stun baton with built-in flashlight. Fits in any handbag. Buy 2, save 20%. | wpn
Hand-forged katana, battle ready | Full-tang 1095 carbon steel with a real clay-tempered hamon. Free display stand. | wpn
Police-strength pepper gel | 10-foot range keychain canister. Pack of 3 for women who walk home late. | wpn

@ vertical=telehealth
ED meds, delivered discreetly | Generic sildenafil from $2 a dose after a quick online consult with a US-licensed provider. | rx
Compounded semaglutide, $199/mo | No insurance needed. Answer a few questions, a clinician reviews, and your first vial ships this week. | rx
Melt 30 lbs in 30 days | Our GLP-1 injections do all the work. No diet, no gym, no doctor visit. Start tonight. | rx,hc
Keep your hairline | Finasteride and minoxidil, prescribed online and posted monthly for £20. Cancel whenever. | rx
Birth control, delivered | The pill, patch or ring, prescribed online and shipped free. Most insurance accepted. | rx
Anxiety meds without the waiting room | Talk to a clinician today and we'll send your prescription to your local pharmacy. | rx
Tretinoin, mixed for your skin | A dermatology provider prescribes your custom-strength cream. First month $10. | rx

@ vertical=online_pharmacy
Buy amoxicillin online, no prescription needed | 500mg x 30 capsules, fast tracked shipping. | rx
Cycle stacks for serious gains 💪 | Test E, Tren and Dbol, pharma grade, tracked delivery. Message us on WhatsApp to order. | rx
BPC-157 + TB-500 blend | Heal any injury in days. 5mg vials, bacteriostatic water included. For research use. | rx,hc
Modafinil 200mg: study smarter | No prescription, ships worldwide in 7 days. Pay with card or BTC. | rx

@ vertical=adult_products
Couples' toys 25% off this weekend | Body-safe silicone, whisper-quiet motors and discreet packaging on every order. | adl
Ultra-thin condoms, 36-pack | Latex and non-latex. Free next-day delivery in a plain box. | adl
Lube that doesn't get sticky | Aloe-infused water-based formula, 250ml, toy-safe. Subscribe and save 15%. | adl
Leather harness & restraint collection | Handmade in Berlin and cut to measure. New drop Friday. | adl
Hot singles streaming live now 🔥 | Thousands of models online. Create your free account, 18+ only. | adl,sug
ADULT TOY MEGA SALE: 50% OFF |  | adl
Valentine's sorted 💜 #sponsored | The Ripple from Velvetine is the gift you didn't know you needed. Use my code JESS20 for a cheeky discount. | adl

@ vertical=financial
0% APR for 21 months on balance transfers | Apply in minutes, no annual fee. Terms apply. | fin
Personal loans up to £25,000 | Representative 9.9% APR. Check your rate without affecting your credit score. | fin
Need $500 before payday? | Get cash today, bad credit OK. Approval in minutes. | fin
Guaranteed approval, no credit check | Borrow up to $1,000 today. Everyone qualifies, no matter what! | fin,fc
Split it in 4. Pay 0% interest. | Shop now and pay in four fortnightly instalments with Lumapay at 5,000+ stores. | fin
Buy Bitcoin in 3 taps | Get $20 in BTC when you deposit $100. Crypto is volatile and your capital is at risk. | fin
Next 100x gem 🚀 | $MOONPAW presale ends Friday. Early holders are already up 4,000%. Don't miss the train. | fin,fc
Commission-free investing | Stocks, ETFs and options from $1. Get a free share when you sign up. | fin
I make $3,000 a week trading forex | My AI signals win 94% of the time. Join the copy-trading group and do nothing while it earns for you. | fin,fc
Car finance for any credit | Drive away today from £49 a week. | fin
Earn 12% APY on your stablecoins | Flexible staking, withdraw anytime. Start with as little as $10. | fin

@ vertical=home_goods tricky=1
Crystal whisky tumblers, set of 4 | Hand-cut, dishwasher-safe, £34. A housewarming gift that actually gets used.
WINE GLASSES 40% OFF |
Stainless steel cocktail shaker set | Jigger, strainer and bar spoon in a gift box. Brushed gold or gunmetal finish.
Ice cube trays for the perfect old fashioned | Slow-melting 2-inch silicone cubes. Set of 2, $14.
Copper moscow mule mugs, 4-pack | Food-safe lined interior, hammered finish, ships free.

@ vertical=beverages tricky=1
Zero-proof, full flavour | Juniper Ghost botanical spirit, 0.0% ABV. Everything you love about a G&T, nothing you don't.
Alcohol-free IPA, 12-pack | All the hops, none of the hangover. Brewed and then gently de-alcoholised to 0.0%.
Dry January mocktail menu 🍹 | Spicy pineapple no-jito, elderflower spritz and a very convincing espresso martini (decaf, zero booze).
Craft sodas that slap | Blood orange, yuzu ginger and cherry cola, all cane sugar. 24 cans, $36.

@ vertical=coffee tricky=1
Double shots all morning ☕ | Add an extra espresso shot free to any large latte before noon.
Shots, shots, shots! | Ginger, turmeric and wheatgrass juice shots, 3 for £5 at every Squeeze Bar.
Get a free shot of syrup | Vanilla, caramel or hazelnut with any cold brew this week.

@ vertical=home_safety tricky=1
Free smoke alarm fitting | Book a home fire safety visit from your local fire and rescue service. It takes 20 minutes and could save your family.
Pellet smoker, 30% off | Low-and-slow brisket made easy. Wi-Fi temperature control, 700 sq in cooking area.
BBQ & Smokehouse: Pulled pork Thursdays | Smoked for 14 hours over hickory. Sandwich and two sides, $13.
Carbon monoxide detectors, 2 for £25 | 10-year sealed battery. Fit one near every boiler.

@ vertical=retail tricky=1
KILLER DEALS ON LAPTOPS |
Don't bet on the weather | Book our covered marquee for your summer party and stop refreshing the forecast.
Hit the jackpot at lunch | Our new burrito bowl is loaded with everything. Under £7 until 3pm.
Pro massage gun, $79 | Six attachments, 5 speeds, a whisper-quiet motor. Your sore calves will thank you.
Cordless hot glue gun | Charges by USB-C, heats in 30 seconds. A crafter's best friend.
Trigger sprayer bottles, 12-pack | Heavy-duty, chemical-resistant, leak-proof. Perfect for cleaning and gardening.
Plant pots for every corner 🪴 | Terracotta, ceramic and self-watering, from £3. Repotting weekend, free soil with any pot over £20.
Weed killer that's safe around pets | Spot-spray your patio and drive once the grass is dry. 1L, £9.99.
Fireplace tool set | Poker, brush, shovel and tongs in matte black iron.
Bike chain lube, dry formula | Keeps your drivetrain quiet in dusty summer conditions. 120ml.
Oyster mushroom grow kit | Harvest your own gourmet mushrooms in 10 days right on your kitchen counter. A brilliant gift for cooks.
Hemp canvas tote bags | Durable, plastic-free and made to carry your weekly shop for years.
Prescription glasses from £19 | Upload your eye test and choose from 500 frames. Free home trial of 4 pairs.
Fast phone chargers, 2-pack | 30W USB-C, fold-flat plug, fits any bag.

@ vertical=education tricky=1
Archery taster session, £20 | One hour with a qualified coach, all kit provided. Ages 10 and up.
Fencing for kids, Saturdays 10am | Foil classes for ages 8 to 14. Masks and jackets provided.
Relationships and sex education training for teachers | Our CPD-accredited online course helps secondary staff deliver age-appropriate lessons with confidence.
Knife skills class for home cooks | Learn to julienne, chiffonade and break down a chicken like a pro. 2 hours, $65.
Adult swimming lessons | Never learned? Nervous in deep water? Small groups, patient teachers, Tuesday evenings.
Intro to cryptography | A free 6-week online course covering ciphers, hashing and public-key systems.

@ vertical=healthcare tricky=1
Flu shots, walk in today | No appointment needed at any Brookside Health clinic. Most insurance plans covered.
Holiday pharmacy hours | We're open 10am to 4pm on Boxing Day and New Year's Day for collections and advice.
Free blood pressure checks this Saturday | Pop into the pharmacy on Market Street, no booking required.

@ vertical=kitchenware tricky=1
Damascus chef knife, 8 inch | 67-layer steel with a walnut handle. Razor sharp out of the box.
Mobile knife sharpening | We come to your restaurant or home. £3 a blade, scissors too.
Cleaver and boning knife set | For the home butcher. Lifetime sharpening guarantee.

@ vertical=pets tricky=1
Quiet pet nail grinder | Low-vibration, 3 speeds, LED light. Trims claws without the clipper panic.

@ vertical=personal_finance tricky=1
Know where every pound goes | Penny Pilot sorts your spending into categories and nudges you before you overspend. Free on iOS and Android.
5 small habits to save £1,000 this year | Our free newsletter sends one realistic money tip every Monday. No products, no sales pitch.
Library book loans now last 4 weeks | Borrow up to 20 books, DVDs and audiobooks with your free library card.

@ vertical=events tricky=1
Wedding toasts that land | A speechwriter will turn your stories into a 3-minute best man's speech that gets laughs, not cringes.
High tea at The Orangery | Finger sandwiches, scones and pastries, served daily from 2pm. £28 per person.
Spin class: first 3 spins free | New members get three free rides at CycleHaus. Book in the app.
Against All Odds: screening and Q&A | A documentary about a grassroots football club that refused to fold. Thursday 7pm at the Rex.

@ vertical=retail
Winter coats up to 60% off | Wool, puffer and parka styles for men and women. Ends Sunday.
NEW SEASON SNEAKERS |
Back to school: 3 for 2 on uniforms | Polo shirts, trousers and jumpers in sizes 4 to 16.
Your favourite jeans, now in 5 new washes 👖 | Same fit, softer denim. Free returns always.
FLASH SALE: 48 HOURS ONLY |
Handmade ceramic mugs | Each one glazed by hand in our Cornwall studio, so no two are alike. £22.
Outdoor furniture clearance | Rattan sets, parasols and fire pits from $199 while stock lasts.
Mattress in a box, 100-night trial | Medium-firm hybrid with pocket springs. Delivered rolled, set up in 5 minutes.

@ vertical=marketplace
Kids' bike, 20 inch, barely used, $60 | Blue, with stabilisers removed. Pickup near Oak Park.
IKEA bookshelf, white, free to a good home | Must collect this weekend. Already flat-packed.
Vintage record player, works perfectly | Includes 12 LPs. £85 or offers.

@ vertical=food
Two-for-one pizza Tuesdays 🍕 | Any large pizza, any toppings, dine-in or collection.
Fresh pasta, made every morning | Order by 2pm for same-day delivery across the city.
Free delivery on your first order | Get groceries in under an hour. Use code HELLO at checkout.
Sunday roast is back | Beef, chicken or nut roast with all the trimmings, £16.95. Booking recommended.
Taco Tuesday just got bigger 🌮 | $2 street tacos all day, plus new birria on the menu. See you at the truck on 5th and Pine.
Meal kits from £3.49 a serving | Pick from 40 recipes every week. Skip anytime.
Bakery opens at 7 | Croissants, sourdough and cinnamon buns still warm from the oven. Cash and card.

@ vertical=travel
Lisbon from £39 each way | Spring sale fares on selected dates. Book by midnight Thursday.
All-inclusive family holidays | Kids stay free at 200+ resorts this summer. ATOL protected.
Cabin retreat in the Smokies | Hot tub, mountain views, sleeps 6. Book 3 nights and get the 4th free.
Rail pass for Europe | Unlimited train travel in 33 countries. Youth discount for under-28s.
WEEKEND CITY BREAKS FROM £99 |
Airport parking, 30% off when you pre-book | Free shuttle every 10 minutes to all terminals.

@ vertical=home_services
Blocked drain? We're there in an hour | 24/7 emergency plumbers, no call-out fee. Fixed prices quoted upfront.
Gutter cleaning from $99 | Fully insured, photos before and after. Book your fall clean now.
House cleaning, every other week | Same cleaner each visit, eco products, £15 an hour.
Free roofing inspection | Storm season is coming. Local, family-run, 25 years in the trade.
Lawn care plans from $35 a month | Mowing, edging and leaf removal, all season long.

@ vertical=software
Meet your new project board | Drag-and-drop tasks, automations and time tracking. Free for teams up to 10.
Invoicing that does itself | Send branded invoices, chase late payers automatically and get paid by card. Try free for 30 days.
Password manager for families | One plan, six people, unlimited devices. $4.99/mo.
Edit videos right in your browser ✂️ | Auto-captions, background removal and 10,000 templates. No download needed.
Cloud backup, set and forget | Back up every photo and file automatically. 2TB for £7.99 a month.
Scheduling app: stop the email ping-pong | Share your link and let clients pick a time that works. Syncs with every calendar.

@ vertical=education
Learn Spanish in 10 minutes a day | Bite-size lessons, speech recognition and a streak that keeps you honest. Free on the App Store.
Online MBA, part-time | Study around your job with a globally accredited programme. Applications close 30 June.
Coding bootcamp: become a web developer in 16 weeks | Live instruction, career coaching and a portfolio of real projects. Scholarships available.
GCSE maths tutoring | Qualified teachers, one-to-one online sessions from £25 an hour.
Piano lessons for adults | It's never too late. Beginner-friendly lessons in your own home.

@ vertical=fitness
First month £1 | Join Ironworks Gym this January. 24/7 access, free classes, no contract.
Couch to 5K starts Monday 🏃 | A friendly running group for total beginners. Meet at the park gates, 7pm.
Yoga for stiff people | Gentle 45-minute classes, no flexibility required. Drop-in $15.
Home dumbbell set, adjustable to 24kg | Swap weights in seconds with the dial. Saves floor space.
Pilates reformer classes | Small groups of 6, all levels. Book your intro class for $20.

@ vertical=events
Summer Jazz in the Park | Free concerts every Sunday in July, 4pm. Bring a blanket and a picnic.
Christmas craft fair this Saturday | 60 local makers, mulled apple juice and face painting. Free entry, 10am to 4pm.
Comic Con tickets on sale now | Three days of panels, cosplay and signings. Early bird passes end Friday.
Charity 10K: sign up today | Run for the children's hospital. Medal and T-shirt for every finisher.
FARMERS MARKET EVERY SATURDAY |
Food truck festival, Aug 12 to 14 | 40 trucks, live music and a kids' zone. Tickets $5, under 10s free.

@ vertical=automotive
MOT and full service, £149 | Includes oil, filters and a 50-point check. Free courtesy car.
Winter tyres fitted from $89 each | Book online and skip the queue.
Hybrid SUV test drive weekend | Try the new model and take home a free coffee voucher.

@ vertical=pets
Puppy training classes | Six weeks, small groups, positive reinforcement. Starts Tuesday.
Grain-free dog food, 12kg | Free delivery on repeat orders. Your vet will love the ingredient list.
Dog walker in Brixton, £12 a walk | DBS checked, insured and very fond of spaniels.

@ vertical=local_services
FloristFrank: Mother's Day pre-orders open | Reply YES to reserve a hand-tied bouquet for Sunday collection. Txt STOP to opt out.
Our spring newsletter: the allotment is waking up | This month we're sowing broad beans, fixing the leaky shed roof and looking for volunteers on Saturday mornings. Tea and biscuits provided, wellies optional. Come say hello.
Photo booth hire for weddings and parties | Unlimited prints, props box and a friendly attendant. From £295 for 3 hours.
"""
